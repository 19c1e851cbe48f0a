require 'spec_helper'

describe 'vigil::sensor' do
  context 'without systemd, under a scratch prefix' do
    let(:pre_condition) { vigil_params("root => '/scratch', user => 'root', manage_user => false, host => 'db1'") }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_file('/scratch/etc/vigil/vigil-sensor.env').with_content("VIGIL_NATS__SEED_FILE=/scratch/etc/vigil/nats/sensor.seed\n").with_mode('0600') }
    it { is_expected.to contain_file('/scratch/etc/vigil/vigil.yaml').with_content(/^  host: db1$/) }
    it do
      is_expected.to contain_exec('vigil-sensor start')
        .with_command(%r{vigil-service start vigil-sensor /scratch/etc/vigil/vigil-sensor.env /scratch/opt/vigil/bin/vigil sensor --config /scratch/etc/vigil/vigil.yaml})
    end
    it do
      is_expected.to contain_file('/scratch/etc/systemd/system/vigil-sensor.service')
        .with_content(%r{^ExecStart=/scratch/opt/vigil/bin/vigil sensor --config /scratch/etc/vigil/vigil.yaml --data-dir /scratch/var/lib/vigil$})
        .with_content(/^CapabilityBoundingSet=CAP_SYS_ADMIN CAP_BPF CAP_PERFMON CAP_SYS_PTRACE CAP_DAC_READ_SEARCH CAP_KILL CAP_SYS_RESOURCE$/)
    end
  end

  context 'under systemd' do
    let(:pre_condition) { vigil_params('use_systemd => true') }

    it { is_expected.to contain_service('vigil-sensor').with_ensure('running').with_enable(true) }
  end
end

describe 'vigil::backend' do
  let(:pre_condition) do
    vigil_params("use_systemd => true, connectors => { 'splunk' => { 'type' => 'splunk-hec', 'url' => 'https://splunk:8088', 'tokenFile' => '/etc/vigil/hec.token' } }")
  end
  let(:params) { { services: ['api'] } }

  it { is_expected.to compile.with_all_deps }
  it { is_expected.to contain_service('vigil-api') }
  it { is_expected.to contain_service('vigil-connector-splunk') }
  it { is_expected.to contain_file('/etc/systemd/system/vigil-connector-splunk.service').with_content(%r{vigil connector %i --config}) }
  it { is_expected.to contain_file('/etc/vigil/vigil-api.env').with_content("VIGIL_NATS__SEED_FILE=/etc/vigil/nats/api.seed\n").with_owner('vigil') }
  it { is_expected.to contain_file('/etc/vigil/vigil.yaml').with_content(/^connectors: \{"splunk":\{"type":"splunk-hec"/) }
end
