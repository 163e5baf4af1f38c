package dev.tcc.frontend.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.frontend.text.OpSamples.Case;
import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.text.OpSyntax;
import dev.tcc.ir.text.Printer;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every op record, enum value and element type survives print → parse. */
class OpRoundTripTest {

    static Stream<Case> cases() {
        return OpSamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void singleOpGraphRoundTrips(Case c) {
        Graph g = c.graph("g_" + c.op().mnemonic());
        assertThat(RoundTrip.check(g)).isEqualTo(g);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void opTextRoundTrips(Case c) {
        String text = Printer.print(c.op());
        assertThat(IrParser.parseOp(text)).isEqualTo(c.op());
        assertThat(text).startsWith(c.op().mnemonic());
    }

    @Test
    void allSamplesInOneGraphRoundTrip() {
        List<Value> inputs = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        int k = 0;
        for (Case c : OpSamples.all()) {
            List<Value> in = new ArrayList<>();
            for (TensorType t : c.inputs()) {
                Value v = new Value("c" + k + ".in" + in.size(), t);
                inputs.add(v);
                in.add(v);
            }
            List<Value> out = new ArrayList<>();
            for (TensorType t : c.op().inferTypes(c.inputs())) out.add(new Value("c" + k + "/out:" + out.size(), t));
            nodes.add(new Node("node " + k, c.op(), in, out));
            outputs.addAll(out);
            k++;
        }
        Graph g = Graph.of("every op", inputs, nodes, outputs);
        assertThat(RoundTrip.check(g)).isEqualTo(g);
    }

    @Test
    void everyOpRecordHasASyntaxEntryAndASample() {
        Set<Class<?>> records = new HashSet<>();
        collectRecords(Op.class, records);
        Set<Class<?>> inTable = new HashSet<>();
        for (OpSyntax<?> s : OpSyntax.all()) inTable.add(s.type());
        Set<Class<?>> sampled = new HashSet<>();
        for (Case c : OpSamples.all()) sampled.add(c.op().getClass());
        assertThat(inTable).as("records without an OpTable entry").containsAll(records);
        assertThat(sampled).as("records without a sample in OpSamples").containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void everyEnumValueAndElementTypeAppearsInTheSamples() {
        Set<Enum<?>> seen = new LinkedHashSet<>();
        Set<Class<?>> enumTypes = new HashSet<>();
        for (Case c : OpSamples.all()) {
            for (RecordComponent rc : c.op().getClass().getRecordComponents()) {
                if (rc.getType().isEnum()) enumTypes.add(rc.getType());
                Object v = get(rc, c.op());
                if (v instanceof Enum<?> e) seen.add(e);
                if (v instanceof Op.Constant k) seen.add(k.value().dtype());
                if (v instanceof dev.tcc.ir.Tensor t) seen.add(t.dtype());
            }
            c.inputs().forEach(t -> seen.add(t.dtype()));
        }
        enumTypes.add(DType.class);
        for (Class<?> e : enumTypes) {
            for (Object constant : e.getEnumConstants()) assertThat(seen).as("samples of " + e.getSimpleName()).contains((Enum<?>) constant);
        }
        assertThat(seen).containsAll(EnumSet.allOf(DType.class));
    }

    private static Object get(RecordComponent rc, Object r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void collectRecords(Class<?> c, Set<Class<?>> out) {
        if (c.isRecord()) out.add(c);
        Class<?>[] sub = c.getPermittedSubclasses();
        if (sub != null) for (Class<?> s : sub) collectRecords(s, out);
    }
}
