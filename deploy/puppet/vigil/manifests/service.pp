# @summary One Vigil service: its unit (from deploy/systemd, paths rewritten for the prefix),
#   run by systemd, or else by vigil-service. Notify it to restart it.
#
# @param unit_file  The unit in deploy/systemd.
# @param env_file   The environment file of the service (its NATS identity among its settings).
# @param command    The unit's command, for hosts without systemd.
define vigil::service (
  String $unit_file,
  String $env_file,
  Array[String] $command,
) {
  include vigil
  $rewrites = [
    ['/opt/vigil', $vigil::prefix],
    ['/etc/vigil', $vigil::etc],
    ['/var/lib/vigil', $vigil::state],
    ['User=vigil', "User=${vigil::user}"],
    ['Group=vigil', "Group=${vigil::user}"],
  ]
  $unit = $rewrites.reduce(file("${vigil::deploy_dir}/systemd/${unit_file}")) |$text, $r| {
    regsubst($text, $r[0], $r[1], 'G')
  }
  file { "${vigil::systemd_dir}/${title}.service":
    ensure  => file,
    mode    => '0644',
    content => $unit,
  }
  if $vigil::use_systemd {
    service { $title:
      ensure    => running,
      enable    => true,
      subscribe => File["${vigil::systemd_dir}/${title}.service"],
    }
  } else {
    $runner = "${vigil::libexec}/vigil-service"
    $env = ["VIGIL_RUN_DIR=${vigil::run_dir}", "VIGIL_LOG_DIR=${vigil::log_dir}"]
    # A refresh stops it; the start below (unless it runs) brings it back.
    exec { "${title} stop":
      command     => "${runner} stop ${title}",
      environment => $env,
      refreshonly => true,
      subscribe   => File["${vigil::systemd_dir}/${title}.service"],
      before      => Exec["${title} start"],
      require     => File[$runner],
    }
    exec { "${title} start":
      command     => join([$runner, 'start', $title, $env_file] + $command, ' '),
      unless      => "${runner} status ${title}",
      environment => $env,
      require     => File[$runner],
    }
  }
}
