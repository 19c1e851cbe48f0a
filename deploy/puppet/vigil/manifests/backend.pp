# @summary Vigil's unprivileged services on the host's NATS server: any of recorder, detector and
#   api, and a connector for each entry of vigil's connectors.
#
# @param services  Which of recorder, detector, api this host runs.
class vigil::backend (
  Array[Enum['recorder', 'detector', 'api']] $services = [],
) {
  include vigil
  $runs = $services.map |$s| {
    { 'unit' => "vigil-${s}", 'file' => "vigil-${s}.service", 'role' => $s, 'args' => [$s] }
  } + $vigil::connectors.keys.map |$c| {
    { 'unit' => "vigil-connector-${c}", 'file' => 'vigil-connector@.service', 'role' => 'connector', 'args' => ['connector', $c] }
  }
  $runs.each |$r| {
    file { "${vigil::etc}/${r['unit']}.env":
      ensure  => file,
      owner   => $vigil::user,
      mode    => '0600',
      content => "VIGIL_NATS__SEED_FILE=${vigil::etc}/nats/${r['role']}.seed\n",
      notify  => Vigil::Service[$r['unit']],
    }
    vigil::service { $r['unit']:
      unit_file => $r['file'],
      env_file  => "${vigil::etc}/${r['unit']}.env",
      command   => ["${vigil::prefix}/bin/vigil"] + $r['args'] + [
        '--config', "${vigil::etc}/vigil.yaml", '--data-dir', $vigil::state,
      ],
      subscribe => File["${vigil::etc}/vigil.yaml"],
    }
  }
}
