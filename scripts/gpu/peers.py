"""The peers tcc's GPU figures are compared with, measured on the GPU machine in the same call as tcc's:
cuBLAS SGEMM (TF32 off) and fp16 GEMM, cuBLAS GEMV, device-to-device copy bandwidth, and PyTorch eager and
torch.compile on the models tcc benchmarks. Also writes the kernel-sized ONNX models tcc benchmarks
(matmul_N, gemv, add_16m) so both sides run the same shapes. Usage: peers.py OUT_DIR MODELS_DIR
Prints one JSON object per line (also to OUT_DIR/peers.jsonl)."""
import json, os, sys, time
import numpy as np, torch, onnx
from onnx import TensorProto, helper, numpy_helper

OUT, MODELS = sys.argv[1], sys.argv[2]
torch.backends.cuda.matmul.allow_tf32 = False
torch.backends.cudnn.allow_tf32 = False
dev = torch.device("cuda")
log = open(os.path.join(OUT, "peers.jsonl"), "a")
SIZES = [int(n) for n in (os.environ.get("PEER_SIZES") or "2048,4096,8192").split(",")]
SKINNY = [(768, 3072), (3072, 768)]  # K x N of the 77-row products


def emit(**kw):
    line = json.dumps(kw)
    print(line, flush=True)
    log.write(line + "\n"); log.flush()


def median_ms(fn, warmup=5, runs=30):
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(runs):
        a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        a.record(); fn(); b.record(); torch.cuda.synchronize()
        times.append(a.elapsed_time(b))
    return float(np.median(times))


def kernel_models():
    """ONNX models of the kernel benchmarks, with test_data_set_0 inputs (outputs from numpy)."""
    rng = np.random.default_rng(0)

    def save(name, nodes, inputs, inits, outputs, feeds, expected):
        d = os.path.join(MODELS, name, "test_data_set_0")
        os.makedirs(d, exist_ok=True)
        g = helper.make_graph(nodes, name, inputs, outputs, inits)
        m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
        onnx.save(m, os.path.join(MODELS, name, "model.onnx"))
        for k, (n, v) in enumerate(feeds):
            open(os.path.join(d, f"input_{k}.pb"), "wb").write(numpy_helper.from_array(v, n).SerializeToString())
        for k, (n, v) in enumerate(expected):
            open(os.path.join(d, f"output_{k}.pb"), "wb").write(numpy_helper.from_array(v, n).SerializeToString())

    f32 = TensorProto.FLOAT
    for n in SIZES:
        a = rng.standard_normal((n, n), dtype=np.float32); b = rng.standard_normal((n, n), dtype=np.float32)
        c = (torch.from_numpy(a).to(dev) @ torch.from_numpy(b).to(dev)).cpu().numpy()
        save(f"matmul_{n}", [helper.make_node("MatMul", ["a", "b"], ["c"])],
             [helper.make_tensor_value_info("a", f32, [n, n]), helper.make_tensor_value_info("b", f32, [n, n])], [],
             [helper.make_tensor_value_info("c", f32, [n, n])], [("a", a), ("b", b)], [("c", c)])
    x = rng.standard_normal((1, 4096), dtype=np.float32); w = rng.standard_normal((4096, 4096), dtype=np.float32) * 0.02
    save("gemv", [helper.make_node("MatMul", ["x", "w"], ["y"])], [helper.make_tensor_value_info("x", f32, [1, 4096])],
         [numpy_helper.from_array(w, "w")], [helper.make_tensor_value_info("y", f32, [1, 4096])], [("x", x)],
         [("y", (x.astype(np.float64) @ w).astype(np.float32))])
    for k, n in SKINNY:  # the CLIP text encoder's feed-forward products: 77 tokens by a weight
        x = rng.standard_normal((77, k), dtype=np.float32); w = rng.standard_normal((k, n), dtype=np.float32) * 0.02
        save(f"mm77_{k}x{n}", [helper.make_node("MatMul", ["x", "w"], ["y"])], [helper.make_tensor_value_info("x", f32, [77, k])],
             [numpy_helper.from_array(w, "w")], [helper.make_tensor_value_info("y", f32, [77, n])], [("x", x)],
             [("y", (x.astype(np.float64) @ w).astype(np.float32))])
    p = rng.standard_normal(1 << 24, dtype=np.float32); q = rng.standard_normal(1 << 24, dtype=np.float32)
    save("add_16m", [helper.make_node("Add", ["p", "q"], ["r"])],
         [helper.make_tensor_value_info("p", f32, [1 << 24]), helper.make_tensor_value_info("q", f32, [1 << 24])], [],
         [helper.make_tensor_value_info("r", f32, [1 << 24])], [("p", p), ("q", q)], [("r", p + q)])


def gemm_peers():
    for n in SIZES:
        a = torch.randn(n, n, device=dev); b = torch.randn(n, n, device=dev)
        ms = median_ms(lambda: a @ b, runs=20)
        emit(peer="cublas", work=f"sgemm_{n}", ms=ms, tflops=2 * n ** 3 / ms / 1e9)
    for n in (4096, 8192):  # beside tcc's cooperative-matrix GEMM (diag/CoopGemm.java), which bench.sh runs on these
        a = torch.randn(n, n, device=dev, dtype=torch.half); b = torch.randn(n, n, device=dev, dtype=torch.half)
        ms = median_ms(lambda: a @ b, runs=20)
        emit(peer="cublas", work=f"hgemm_{n}", ms=ms, tflops=2 * n ** 3 / ms / 1e9)
    for k, n in SKINNY:
        x = torch.randn(77, k, device=dev); w = torch.randn(k, n, device=dev)
        ms = median_ms(lambda: x @ w, runs=100)
        emit(peer="cublas", work=f"mm77_{k}x{n}", ms=ms, tflops=2 * 77 * k * n / ms / 1e9)
    x = torch.randn(1, 4096, device=dev); w = torch.randn(4096, 4096, device=dev)
    ms = median_ms(lambda: x @ w, runs=100)
    emit(peer="cublas", work="gemv", ms=ms, gbps=4096 * 4096 * 4 / ms / 1e6)
    src = torch.empty(1 << 28, dtype=torch.uint8, device=dev); dst = torch.empty_like(src)
    ms = median_ms(lambda: dst.copy_(src), runs=50)
    emit(peer="copy", work="d2d_256MiB", ms=ms, gbps=2 * (1 << 28) / ms / 1e6)
    p = torch.randn(1 << 24, device=dev); q = torch.randn(1 << 24, device=dev)
    ms = median_ms(lambda: p + q, runs=50)
    emit(peer="torch", work="add_16m", ms=ms, gbps=3 * 4 * (1 << 24) / ms / 1e6)


def save_onnx(name, model, x):
    """MODELS/name/model.onnx (TorchScript exporter, opset 17) with one input/output pair from PyTorch."""
    d = os.path.join(MODELS, name, "test_data_set_0")
    os.makedirs(d, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(model, (x,), os.path.join(MODELS, name, "model.onnx"), dynamo=False, opset_version=17,
                          input_names=["input"], do_constant_folding=True)
        y = model(x)
    open(os.path.join(d, "input_0.pb"), "wb").write(numpy_helper.from_array(x.cpu().numpy(), "input").SerializeToString())
    open(os.path.join(d, "output_0.pb"), "wb").write(numpy_helper.from_array(y.cpu().numpy()).SerializeToString())


def model_peers():
    import transformers as tf, torchvision as tv
    cfg = tf.CLIPTextConfig(hidden_size=768, intermediate_size=3072, num_hidden_layers=12, num_attention_heads=12,
                            max_position_embeddings=77, projection_dim=768)
    cases = [("clip_text_sd15", tf.CLIPTextModel(cfg), lambda: torch.randint(0, 49408, (1, 77), device=dev), True),
             ("resnet18_b1", tv.models.resnet18(num_classes=10), lambda: torch.randn(1, 3, 224, 224, device=dev), False),
             ("resnet18_b32", tv.models.resnet18(num_classes=10), lambda: torch.randn(32, 3, 224, 224, device=dev), False)]
    only = os.environ.get("PEER_MODELS")
    for name, model, make, hf in cases:
        if only and name not in only.split(","):
            continue
        model = model.to(dev).eval()
        x = make()
        if name == "resnet18_b32":  # the batch-32 ONNX model tcc runs, with these weights
            save_onnx(name, model, x)
        run = (lambda m: (lambda: m(input_ids=x).last_hidden_state)) if hf else (lambda m: (lambda: m(x)))
        with torch.no_grad():
            emit(peer="torch_eager", work=name, ms=median_ms(run(model)))
            try:
                t0 = time.time()
                compiled = torch.compile(model)
                f = run(compiled); f(); torch.cuda.synchronize()
                emit(peer="torch_compile", work=name, ms=median_ms(f), compile_s=time.time() - t0)
            except Exception as e:  # report, do not hide
                emit(peer="torch_compile", work=name, error=f"{type(e).__name__}: {str(e)[:200]}")


if __name__ == "__main__":
    what = sys.argv[3] if len(sys.argv) > 3 else "models,gemm,peers"
    if "models" in what:
        kernel_models()
    if "gemm" in what:
        gemm_peers()
    if "peers" in what:
        model_peers()
