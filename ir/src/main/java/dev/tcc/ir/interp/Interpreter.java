package dev.tcc.ir.interp;

import dev.tcc.ir.Dequantize;
import dev.tcc.ir.Elementwise;
import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Linalg;
import dev.tcc.ir.Movement;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.Reduction;
import dev.tcc.ir.Structured;
import dev.tcc.ir.Tensor;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference interpreter: executes graph IR on the CPU in plain Java. It is the oracle every pass and
 * back-end is checked against, so it favours clarity and precision (double accumulation) over speed.
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * Runs {@code g} on {@code inputs} (by input value name) and returns the outputs in order.
     *
     * @throws IrException if an input is missing or has the wrong type, or an op fails at run time
     */
    public static List<Tensor> run(Graph g, Map<String, Tensor> inputs) {
        Map<String, Tensor> env = new HashMap<>();
        for (Value in : g.inputs()) {
            Tensor t = inputs.get(in.name());
            if (t == null) throw new IrException("graph " + g.name() + ": missing input '" + in.name() + "' of type " + in.type());
            if (!t.type().equals(in.type())) {
                throw new IrException("graph " + g.name() + ": input '" + in.name() + "' must be " + in.type() + ", got " + t.type());
            }
            env.put(in.name(), t);
        }
        long live = 0;
        for (Node n : g.nodes()) {
            List<Tensor> args = new ArrayList<>(n.inputs().size());
            for (Value v : n.inputs()) args.add(env.get(v.name()));
            List<Tensor> results;
            try {
                results = eval(n.op(), args);
            } catch (IrException | ArithmeticException | IndexOutOfBoundsException e) {
                throw new IrException("node " + n.name() + " (" + n.op().mnemonic() + "): " + e.getMessage(), e);
            }
            for (int i = 0; i < n.outputs().size(); i++) {
                env.put(n.outputs().get(i).name(), results.get(i));
                live += (long) results.get(i).size() * dev.tcc.ir.Limits.BYTES_PER_ELEMENT;
            }
            dev.tcc.ir.Limits.checkTotal(live, "graph " + g.name() + " up to node " + n.name() + " (" + n.op().mnemonic() + ")");
        }
        List<Tensor> out = new ArrayList<>();
        for (Value v : g.outputs()) out.add(env.get(v.name()));
        return out;
    }

    /** Evaluates one op on concrete inputs. Output types are those {@link Op#inferTypes} gives. */
    public static List<Tensor> eval(Op op, List<Tensor> args) {
        List<TensorType> outTypes = op.inferTypes(args.stream().map(Tensor::type).toList());
        for (TensorType t : outTypes) dev.tcc.ir.Limits.check(t, "the result of " + op.mnemonic());
        return switch (op) {
            case Op.Constant c -> List.of(c.value());
            case Elementwise e -> List.of(ElementwiseEval.eval(e, args, outTypes.get(0)));
            case Reduction r -> List.of(ReductionEval.eval(r, args.get(0), outTypes.get(0)));
            case Linalg l -> List.of(LinalgEval.eval(l, args, outTypes.get(0)));
            case Movement m -> List.of(MovementEval.eval(m, args, outTypes.get(0)));
            case Structured s -> StructuredEval.eval(s, args, outTypes);
            case Dequantize d -> List.of(DequantizeEval.eval(d, args, outTypes.get(0)));
        };
    }
}
