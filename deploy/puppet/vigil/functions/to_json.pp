# @summary A value as JSON (Puppet 7 has no to_json of its own without stdlib; YAML reads JSON).
# @param value  A string, number, boolean, undef, array or hash of those.
# @return [String] Its JSON text.
function vigil::to_json(Any $value) >> String {
  case $value {
    Undef: { 'null' }
    Boolean, Numeric: { String($value) }
    String: {
      $escaped = regsubst(regsubst(regsubst($value, '\\\\', '\\\\\\\\', 'G'), '"', '\\"', 'G'), "\n", '\\n', 'G')
      "\"${escaped}\""
    }
    Array: { "[${value.map |$v| { vigil::to_json($v) }.join(',')}]" }
    Hash: { "{${value.map |$k, $v| { "${vigil::to_json(String($k))}:${vigil::to_json($v)}" }.join(',')}}" }
    default: { fail("vigil::to_json: cannot write ${type($value)} as JSON") }
  }
}
