/**
 * tcc's JMH benchmark suite: each tcc kernel or model beside a peer (CLBlast, a plain copy, ONNX Runtime)
 * measured in the same run on the same machine, every result checked before it is timed.
 */
package dev.tcc.bench;
