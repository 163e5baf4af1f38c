def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/generated-sources/tcc/sample/models/Mlp.java').isFile()
assert new File(basedir, 'target/classes/tcc/models/mlp/opencl/manifest.json').isFile()
assert new File(basedir, 'target/classes/tcc/models/mlp/model.onnx').isFile()
assert new File(basedir, 'target/tcc-profile/mlp.json').isFile()
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
return true
