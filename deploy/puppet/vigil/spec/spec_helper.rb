# rspec-puppet for the vigil module: the module is compiled from this checkout (a temporary
# module path links to it), with deploy/ as the node's deploy_dir.
require 'rspec-puppet'
require 'tmpdir'
require 'fileutils'

MODULE_ROOT = File.expand_path('..', __dir__)
DEPLOY_DIR = File.expand_path('../../..', __dir__)
MODULE_PATH = Dir.mktmpdir('vigil-rspec-puppet-')
File.symlink(MODULE_ROOT, File.join(MODULE_PATH, 'vigil'))
FileUtils.mkdir_p(File.join(MODULE_PATH, '.puppet'))
at_exit { FileUtils.rm_rf(MODULE_PATH) }

# Puppet's settings (and so its ssl and cache folders) in the temporary folder, not the machine's.
PUPPET_STATE = File.join(MODULE_PATH, '.puppet')

RSpec.configure do |c|
  c.module_path = MODULE_PATH
  # The module path above is made here; rspec-puppet's own fixtures set-up would write a link
  # into spec/fixtures of the checkout (and rspec would then load every spec twice through it).
  c.setup_fixtures = false
  c.confdir = File.join(PUPPET_STATE, 'conf')
  c.manifest = File.join(MODULE_PATH, 'site.pp')
  c.default_facts = {
    networking: { 'hostname' => 'web1', 'fqdn' => 'web1.example.net' },
    service_provider: 'debian',
    os: { 'family' => 'Debian', 'name' => 'Debian', 'release' => { 'major' => '12' } },
  }
end
File.write(File.join(MODULE_PATH, 'site.pp'), '')

# The vigil class's parameters the examples share.
def vigil_params(extra = '')
  "class { 'vigil': release_tarball => '/tmp/vigil.tar.gz', deploy_dir => '#{DEPLOY_DIR}', #{extra} }"
end
