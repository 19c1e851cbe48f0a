# A monitored host: its NATS leaf node, connected to the hub, and its sensor.
class { 'vigil':
  release_tarball => '/var/cache/vigil/vigil-0.1.0-linux-x64.tar.gz',
  deploy_dir      => '/opt/vigil-deploy',
}
class { 'vigil::nats':
  mode          => 'leaf',
  hub_hosts     => ['hub1.example.net', 'hub2.example.net', 'hub3.example.net'],
  leaf_password => 'change-me-to-a-long-secret',
}
include vigil::sensor
