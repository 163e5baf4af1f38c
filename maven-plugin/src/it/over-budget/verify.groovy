def log = new File(basedir, 'build.log').text
assert log.contains('tcc profile: over the latency budget 1us')
return true
