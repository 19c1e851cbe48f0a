# @summary The host's NATS server from deploy/nats: a member of the hub cluster, or a monitored
#   host's leaf node, with per-service identities (vigil identities), and the streams.
#
# @param mode           hub or leaf.
# @param server_name    This server's name.
# @param hub_hosts      The hub's servers (routes; the leaf node's remotes).
# @param leaf_password  The secret leaf nodes present to the hub (keep it in hiera-eyaml).
# @param cluster_port   The hub's route port.
# @param leaf_port      The hub's leafnode port.
# @param monitor_port   The monitoring port (loopback).
# @param server_binary  nats-server.
# @param listen_host    Where clients connect (a leaf: loopback).
class vigil::nats (
  Enum['hub', 'leaf'] $mode = 'leaf',
  String $server_name = $facts['networking']['hostname'],
  Array[String] $hub_hosts = [],
  String $leaf_password = '',
  Integer $cluster_port = 6222,
  Integer $leaf_port = 7422,
  Integer $monitor_port = 8222,
  String $server_binary = '/usr/sbin/nats-server',
  String $listen_host = $mode ? { 'hub' => '0.0.0.0', default => '127.0.0.1' },
) {
  include vigil
  if ($mode == 'hub' or !$hub_hosts.empty) and length($leaf_password) < 16 {
    fail('vigil::nats: leaf_password must be a secret of 16 characters or more')
  }
  $roles = $mode ? {
    'hub'   => 'platform,api,connector',
    default => 'platform,sensor,recorder,detector',
  }
  $nats_dir = "${vigil::etc}/nats"

  file { "${nats_dir}/nats-server.conf":
    ensure  => file,
    mode    => '0640',
    content => file("${vigil::deploy_dir}/nats/${mode}.conf"),
    notify  => Vigil::Service['vigil-nats'],
  }
  file { "${nats_dir}/env":
    ensure  => file,
    mode    => '0640',
    content => epp('vigil/nats.env.epp', {
      'mode'           => $mode,
      'name'           => $server_name,
      'listen'         => "${listen_host}:${vigil::nats_port}",
      'monitor'        => "127.0.0.1:${monitor_port}",
      'store'          => "${vigil::state}/nats",
      'domain'         => regsubst($vigil::host, '[^A-Za-z0-9_-]', '_', 'G'),
      'routes'         => $hub_hosts.map |$h| { "nats://${h}:${cluster_port}" },
      'leaf_urls'      => $hub_hosts.map |$h| { "nats-leaf://vigil-leaf:${leaf_password}@${h}:${leaf_port}" },
      'cluster_listen' => "0.0.0.0:${cluster_port}",
      'leaf_listen'    => "0.0.0.0:${leaf_port}",
      'leaf_password'  => $leaf_password,
    }),
    notify  => Vigil::Service['vigil-nats'],
  }
  # A hub's three servers need the same identities: make them once (vigil identities) and give
  # them to every hub server as files (hiera-eyaml); a leaf node makes its own.
  $host_arg = $mode ? { 'leaf' => "--host ${vigil::host} ", default => '' }
  exec { 'vigil nats identities':
    command => "${vigil::prefix}/bin/vigil identities --out ${nats_dir} ${host_arg}--roles ${roles}",
    creates => "${nats_dir}/authorization.conf",
    require => [File[$vigil::prefix], File[$nats_dir]],
    notify  => Vigil::Service['vigil-nats'],
  }
  vigil::service { 'vigil-nats':
    unit_file => 'vigil-nats.service',
    env_file  => "${nats_dir}/env",
    command   => [$server_binary, '--config', "${nats_dir}/nats-server.conf"],
  }
  # The streams, ensured whenever the server (re)starts: telemetry on a leaf, alerts on the hub.
  $only = $mode ? {
    'hub'   => "--only alerts --replicas ${min(3, $hub_hosts.length)}",
    default => '--only telemetry',
  }
  exec { 'vigil streams':
    command     => "${vigil::prefix}/bin/vigil streams ${only} --nats-url ${vigil::nats_url} --data-dir ${vigil::state}",
    environment => ["VIGIL_NATS__SEED_FILE=${nats_dir}/platform.seed"],
    refreshonly => true,
    tries       => 10,
    try_sleep   => 3,
    subscribe   => Vigil::Service['vigil-nats'],
  }
}
