package dev.tcc.passes.memory;

import dev.tcc.ir.DType;
import dev.tcc.ir.Elementwise.Unary;
import dev.tcc.ir.Elementwise.UnaryFn;
import dev.tcc.ir.Graph;
import dev.tcc.ir.GraphBuilder;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.interp.Interpreter;
import dev.tcc.ir.program.KernelProgram;
import dev.tcc.ir.program.MemoryPlan;
import dev.tcc.ir.program.Profile;
import dev.tcc.ir.program.ProgramInterpreter;
import dev.tcc.passes.lower.Lowering;
import dev.tcc.passes.lower.SampleGraphs;
import dev.tcc.passes.lower.Tensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plan-memory}: programs with the plan compute what they computed without it (on the program interpreter,
 * which shares arrays as the plan says and poisons every slot), no two buffers of a slot are live at once except
 * an elementwise kernel's input and output, and a chain needs a fraction of the naive bytes.
 */
class PlanMemoryTest {

    static Stream<SampleGraphs.Case> cases() { return SampleGraphs.all(3).stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyTemplateComputesTheSameWithThePlan(SampleGraphs.Case c) {
        KernelProgram p = new PlanMemory().apply(Lowering.lower(c.graph())).verify();
        Tensors.assertClose(c.name(), ProgramInterpreter.run(p, c.inputs()), Interpreter.run(c.graph(), c.inputs()), 1e-4, 1e-5);
        assertThat(p.memory().plannedBytes(p.buffers())).isLessThanOrEqualTo(MemoryPlan.naiveBytes(p.buffers()));
        lifetimesNeverOverlap(p);
    }

    /** A chain of matmuls and softmaxes: each intermediate dies two launches later, so two slots suffice. */
    @Test
    void aChainNeedsTwoSlots() {
        GraphBuilder b = new GraphBuilder();
        TensorType t = TensorType.of(DType.F32, 32, 32);
        Value x = b.input("x", t), w = b.input("w", t);
        Value cur = x;
        for (int i = 0; i < 6; i++) {
            cur = b.add1("mm" + i, new Linalg.MatMul(), cur, w);
            cur = b.add1("sm" + i, new Structured.Softmax(1, false), cur);
        }
        cur = b.add1("out", new Unary(UnaryFn.NEG), cur);
        Graph g = b.build("chain", List.of(cur), List.of("y"), true);
        KernelProgram p = new PlanMemory().apply(Lowering.lower(g));
        assertThat(p.memory().slots()).hasSize(2);
        assertThat(p.memory().plannedBytes(p.buffers())).isLessThanOrEqualTo(MemoryPlan.naiveBytes(p.buffers()) / 4);
        Map<String, Tensor> in = new HashMap<>();
        in.put("x", Tensor.filled(t, 0.5));
        in.put("w", Tensor.filled(t, 0.25));
        Tensors.assertClose("chain", ProgramInterpreter.run(p, in), Interpreter.run(g, in), 1e-4, 1e-6);
        lifetimesNeverOverlap(p);
    }

    @Test
    void slotsStayWithinTheLargestBufferTheProfileAllows() {
        GraphBuilder b = new GraphBuilder();
        Value x = b.input("x", TensorType.of(DType.F32, 64));
        Value small = b.add1("a", new Structured.Softmax(0, false), x);
        Value big = b.add1("r", new dev.tcc.ir.Movement.Expand(List.of(8L, 64L)), small);
        Value bigger = b.add1("s", new Structured.Softmax(1, false), big);
        Value out = b.add1("n", new Unary(UnaryFn.NEG), bigger);
        Graph g = b.build("grow", List.of(out), List.of("y"), true);
        Profile tight = new Profile("tight", true, false, 256, 32 * 1024, 64 * 4);
        KernelProgram p = new PlanMemory().apply(Lowering.lower(g, tight));
        for (MemoryPlan.Slot s : p.memory().slots()) assertThat(s.bytes()).isLessThanOrEqualTo(tight.maxBufferBytes());
    }

    /** Independent check: for every slot, each buffer's first launch comes after the previous buffer's last, or is the in-place launch. */
    static void lifetimesNeverOverlap(KernelProgram p) {
        Map<String, int[]> life = new HashMap<>();
        for (int i = 0; i < p.launches().size(); i++) {
            for (KernelProgram.Arg a : p.launches().get(i).args()) {
                if (a instanceof KernelProgram.Arg.BufferArg(String name)) {
                    int at = i;
                    life.computeIfAbsent(name, k -> new int[] {at, at})[1] = at;
                }
            }
        }
        for (MemoryPlan.Slot s : p.memory().slots()) {
            for (int i = 1; i < s.buffers().size(); i++) {
                int[] prev = life.get(s.buffers().get(i - 1)), next = life.get(s.buffers().get(i));
                boolean after = next[0] > prev[1];
                boolean inPlace = next[0] == prev[1] && PlanMemory.elementLocal(p.launches().get(next[0]));
                assertThat(after || inPlace).as("slot " + s + ": " + s.buffers().get(i) + " starts while " + s.buffers().get(i - 1) + " lives").isTrue();
            }
        }
    }
}
