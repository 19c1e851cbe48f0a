# @summary The host's sensor (root, with the capabilities it uses) on the host's NATS server.
class vigil::sensor {
  include vigil
  file { "${vigil::etc}/vigil-sensor.env":
    ensure  => file,
    mode    => '0600',
    content => "VIGIL_NATS__SEED_FILE=${vigil::etc}/nats/sensor.seed\n",
    notify  => Vigil::Service['vigil-sensor'],
  }
  vigil::service { 'vigil-sensor':
    unit_file => 'vigil-sensor.service',
    env_file  => "${vigil::etc}/vigil-sensor.env",
    command   => [
      "${vigil::prefix}/bin/vigil", 'sensor', '--config', "${vigil::etc}/vigil.yaml",
      '--data-dir', $vigil::state,
    ],
    subscribe => File["${vigil::etc}/vigil.yaml"],
  }
  if defined(Class['vigil::nats']) {
    Class['vigil::nats'] -> Vigil::Service['vigil-sensor']
  }
}
