package dev.tcc.passes.lower;

import dev.tcc.ir.DType;
import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Node;
import dev.tcc.ir.Value;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What identifies a kernel for tuning, independent of the parameters it is lowered with and of its place in the
 * graph: the tuning family (the {@link Tuning} components its template reads, e.g. {@code matmul}), the anchor
 * op ({@code elementwise} without one) and the types of the anchor's inputs and of the kernel's outputs. Two
 * kernels with the same key (the twelve identical layers of a transformer) take the same parameters, and a key
 * found in a tuning database applies to any model holding such a kernel.
 *
 * @param family  the {@link Tuning} components the kernel's parameters come from, joined by {@code +}
 * @param anchor  the anchor op's mnemonic
 * @param inputs  the anchor's input types, e.g. {@code f32[1,128,768]}
 * @param outputs the kernel's output types
 */
public record KernelKey(String family, String anchor, List<String> inputs, List<String> outputs) {

    public KernelKey {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * The key of a kernel of {@code family} built around {@code anchor} (null for a pure elementwise chain) writing
     * {@code outputs}; {@code producers} gives each value's node. An input dequantised in the kernel is keyed apart from
     * a float one (its loads differ): its type is followed by the integers it is read from, {@code f32[64,64]<i8} or,
     * packed in blocks of 32, {@code f32[64,64]<u4/32}.
     */
    static KernelKey of(List<String> family, Node anchor, List<Value> outputs, Map<String, Node> producers) {
        List<String> ins = anchor == null ? List.of() : anchor.inputs().stream().map(v -> inputText(v, producers.get(v.name()))).toList();
        return new KernelKey(String.join("+", family), anchor == null ? "elementwise" : anchor.op().mnemonic(), ins,
                outputs.stream().map(v -> v.type().toString()).toList());
    }

    private static String inputText(Value v, Node producer) {
        if (producer == null || !(producer.op() instanceof Dequantize d)) return v.type().toString();
        DType q = producer.inputs().get(0).type().dtype();
        String ints = d.bits() == 8 ? q.irName() : (q.isSigned() ? "i" : "u") + d.bits();
        return v.type() + "<" + ints + (d.group() > 0 ? "/" + d.group() : "");
    }

    /** The {@link Tuning} component names this key's parameters come from. */
    public List<String> components() { return List.of(family.split("\\+")); }

    /** The stable text form, e.g. {@code matmul|matmul|f32[64,64],f32[64,64]->f32[64,64]}: what tuning databases store. */
    public String text() {
        return family + "|" + anchor + "|" + String.join(",", inputs) + "->" + outputs.stream().collect(Collectors.joining(","));
    }

    @Override public String toString() { return text(); }
}
