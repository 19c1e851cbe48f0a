require 'spec_helper'

describe 'vigil::nats' do
  context 'as a monitored host’s leaf node, without systemd' do
    let(:pre_condition) { vigil_params("root => '/scratch', user => 'root', manage_user => false") }
    let(:params) { { mode: 'leaf' } }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_file('/scratch/etc/vigil/nats/nats-server.conf').with_content(/include "authorization.conf"/) }
    it { is_expected.to contain_file('/scratch/etc/vigil/nats/env').with_content(/^VIGIL_NATS_DOMAIN='web1'$/) }
    it { is_expected.to contain_file('/scratch/etc/vigil/nats/env').with_content(/^VIGIL_NATS_LISTEN='127\.0\.0\.1:4222'$/) }
    it do
      is_expected.to contain_exec('vigil nats identities')
        .with_command(%r{/scratch/opt/vigil/bin/vigil identities --out /scratch/etc/vigil/nats --host web1 --roles platform,sensor,recorder,detector})
        .with_creates('/scratch/etc/vigil/nats/authorization.conf')
    end
    it { is_expected.to contain_exec('vigil-nats start').with_unless('/scratch/usr/lib/vigil/vigil-service status vigil-nats') }
    it { is_expected.to contain_exec('vigil-nats stop').with_refreshonly(true) }
    it { is_expected.to contain_exec('vigil streams').with_command(/--only telemetry/).with_refreshonly(true) }
    it { is_expected.not_to contain_service('vigil-nats') }
    it { is_expected.to contain_file('/scratch/etc/systemd/system/vigil-nats.service').with_content(%r{EnvironmentFile=/scratch/etc/vigil/nats/env}) }
  end

  context 'as a hub server under systemd' do
    let(:pre_condition) { vigil_params('use_systemd => true') }
    let(:params) do
      { mode: 'hub', hub_hosts: ['hub1', 'hub2', 'hub3'], leaf_password: 'a-long-enough-leaf-secret' }
    end

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_service('vigil-nats').with_ensure('running').with_enable(true) }
    it { is_expected.to contain_file('/etc/vigil/nats/env').with_content(%r{^VIGIL_NATS_ROUTES='\["nats://hub1:6222","nats://hub2:6222","nats://hub3:6222"\]'$}) }
    it { is_expected.to contain_file('/etc/vigil/nats/env').with_content(/^VIGIL_NATS_LEAF_PASSWORD='a-long-enough-leaf-secret'$/) }
    it { is_expected.to contain_exec('vigil streams').with_command(/--only alerts --replicas 3/) }
    it { is_expected.to contain_exec('vigil nats identities').with_command(/--roles platform,api,connector$/) }
    it { is_expected.to contain_user('vigil').with_system(true) }
  end

  context 'with a leaf secret too short to be one' do
    let(:pre_condition) { vigil_params }
    let(:params) { { mode: 'hub', hub_hosts: ['hub1'], leaf_password: 'short' } }

    it { is_expected.to compile.and_raise_error(/leaf_password must be a secret of 16 characters or more/) }
  end
end
