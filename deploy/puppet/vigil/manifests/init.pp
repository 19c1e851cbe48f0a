# @summary Installs a Vigil release and the configuration every Vigil service of the host reads.
#
# The roles are separate classes: vigil::nats (a hub server or the host's leaf node),
# vigil::sensor, vigil::backend. Each includes this class. The release tarball (`pnpm run
# package`) is the one thing to provide. The systemd units and NATS configurations are taken
# from deploy/ (deploy_dir), not copied into the module.
#
# @param release_tarball  Path of vigil-<version>-linux-x64.tar.gz on the node.
# @param version          Its version.
# @param root             Everything goes under this prefix ('' is /): a scratch prefix for tests.
# @param deploy_dir       Where Vigil's deploy/ directory is on the node.
# @param user             The user of the unprivileged services.
# @param manage_user      Create that user and group.
# @param use_systemd      Run the services under systemd; else through vigil-service.
# @param install_packages Install Debian's nats-server and bpftrace.
# @param host             The host's name in events and subjects.
# @param nats_port        The port of the host's NATS server.
# @param connectors       connectors.<name> settings (see the README).
#
# @example
#   class { 'vigil::nats': mode => 'leaf' }
#   class { 'vigil::sensor': }
class vigil (
  String $release_tarball,
  String $version = '0.1.0',
  String $root = '',
  String $deploy_dir = '/opt/vigil-deploy',
  String $user = 'vigil',
  Boolean $manage_user = true,
  Boolean $use_systemd = $facts['service_provider'] == 'systemd',
  Boolean $install_packages = true,
  String $host = $facts['networking']['hostname'],
  Integer $nats_port = 4222,
  Hash $connectors = {},
) {
  $prefix = "${root}/opt/vigil"
  $etc = "${root}/etc/vigil"
  $state = "${root}/var/lib/vigil"
  $run_dir = "${root}/run/vigil"
  $log_dir = "${root}/var/log/vigil"
  $libexec = "${root}/usr/lib/vigil"
  $systemd_dir = "${root}/etc/systemd/system"
  $release = "${root}/opt/vigil-${version}-linux-x64"
  $nats_url = "nats://127.0.0.1:${nats_port}"

  if $install_packages {
    package { ['nats-server', 'bpftrace']: ensure => installed }
  }
  if $manage_user {
    group { $user: ensure => present, system => true }
    user { $user:
      ensure => present,
      system => true,
      gid    => $user,
      home   => $state,
      shell  => '/usr/sbin/nologin',
    }
  }

  # Under a scratch prefix the system's own directories are not there yet.
  if $root != '' {
    exec { 'vigil scratch root':
      command => "/bin/mkdir -p ${root}/var/lib ${root}/var/log ${root}/run ${root}/usr/lib ${root}/etc/systemd",
      creates => "${root}/etc/systemd",
      before  => File["${root}/opt", $etc, $run_dir, $libexec, $systemd_dir, $state, $log_dir],
    }
  }
  file { ["${root}/opt", $etc, $run_dir, $libexec, $systemd_dir]:
    ensure => directory,
    mode   => '0755',
  }
  file { "${etc}/nats":
    ensure => directory,
    mode   => '0750',
  }
  file { [$state, $log_dir]:
    ensure => directory,
    owner  => $user,
    mode   => '0750',
  }

  exec { 'vigil release unpacked':
    command => "/bin/tar -xzf ${release_tarball} -C ${root}/opt",
    creates => "${release}/VERSION",
    require => File["${root}/opt"],
  }
  file { $prefix:
    ensure  => link,
    target  => $release,
    require => Exec['vigil release unpacked'],
  }
  file { "${libexec}/vigil-service":
    ensure  => file,
    mode    => '0755',
    content => file("${deploy_dir}/vigil-service"),
  }
  file { "${etc}/vigil.yaml":
    ensure  => file,
    mode    => '0640',
    content => epp('vigil/vigil.yaml.epp', {
      'state'      => $state,
      'nats_url'   => $nats_url,
      'host'       => $host,
      'connectors' => $connectors,
    }),
  }
}
