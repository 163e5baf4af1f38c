package dev.tcc.frontend.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tcc.ir.DType;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Op;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.text.Printer;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Property tests with seeded generators: random tensors, ops and graphs survive print → parse. */
class RandomRoundTripTest {

    @Test
    void randomTensorsOfEveryTypeRoundTrip() {
        RandomIr gen = new RandomIr(20240611L);
        int hexForms = 0;
        for (int i = 0; i < 3000; i++) {
            DType d = DType.values()[i % DType.values().length];
            Tensor t = gen.tensor(d, gen.shape());
            String text = Printer.print(t);
            Tensor back = IrParser.parseTensor(text);
            assertThat(back).as(text).isEqualTo(t);
            assertThat(Printer.print(back)).isEqualTo(text);
            if (text.contains(" hex \"")) hexForms++;
        }
        assertThat(hexForms).as("tensors printed in hex").isGreaterThan(300);
    }

    @Test
    void randomAttributeValuesOfEveryOpRoundTrip() {
        RandomIr gen = new RandomIr(7L);
        Set<Class<?>> records = new HashSet<>();
        OpRoundTripTest.collectRecords(Op.class, records);
        for (Class<?> type : records) {
            for (int i = 0; i < 200; i++) {
                Op op = gen.op(type);
                String text = Printer.print(op);
                assertThat(IrParser.parseOp(text)).as(text).isEqualTo(op);
            }
        }
    }

    @Test
    void randomGraphsRoundTrip() {
        RandomGraphs gen = new RandomGraphs(42L);
        int nodes = 0;
        for (int i = 0; i < 400; i++) {
            Graph g = gen.graph();
            assertThat(RoundTrip.check(g)).isEqualTo(g);
            nodes += g.nodes().size();
        }
        assertThat(nodes).isGreaterThan(1000);
    }
}
