package dev.tcc.frontend.text;

import dev.tcc.frontend.text.TccIrParser.GraphContext;
import dev.tcc.frontend.text.TccIrParser.NodeContext;
import dev.tcc.frontend.text.TccIrParser.OutputContext;
import dev.tcc.frontend.text.TccIrParser.ParamContext;
import dev.tcc.ir.Graph;
import dev.tcc.ir.IrException;
import dev.tcc.ir.Node;
import dev.tcc.ir.Op;
import dev.tcc.ir.TensorType;
import dev.tcc.ir.Value;
import dev.tcc.ir.text.Lexical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.Token;

/**
 * Turns a parsed {@code graph} into a {@link Graph}: resolves value names (each defined once, before use),
 * builds every op through its {@link dev.tcc.ir.text.OpSyntax} entry and checks that the printed output
 * types are the ones {@link Op#inferTypes} gives.
 */
final class GraphReader {
    private final Map<String, Value> scope = new HashMap<>();

    static Graph read(GraphContext ctx) {
        return new GraphReader().graph(ctx);
    }

    private Graph graph(GraphContext ctx) {
        List<Value> inputs = new ArrayList<>();
        for (ParamContext p : ctx.param()) inputs.add(define(p.VALUE().getSymbol(), Tensors.type(p.tensorType())));
        List<Node> nodes = new ArrayList<>();
        for (NodeContext n : ctx.node()) nodes.add(node(n));
        List<Value> outputs = new ArrayList<>();
        List<String> outputNames = new ArrayList<>();
        for (OutputContext o : ctx.ret().output()) {
            Value v = use(o.VALUE().getSymbol());
            outputs.add(v);
            outputNames.add(o.STRING() == null ? v.name() : Lexical.unquote(o.STRING().getText()));
        }
        return new Graph(name(ctx.AT_NAME().getSymbol()), inputs, nodes, outputs, outputNames);
    }

    private Node node(NodeContext ctx) {
        Op op = ParsedAttrs.buildOp(ctx.op());
        String name = ctx.AT_NAME() == null ? "" : name(ctx.AT_NAME().getSymbol());
        String what = ctx.AT_NAME() == null ? op.mnemonic() : op.mnemonic() + " @" + Lexical.name(name);
        List<Value> inputs = new ArrayList<>();
        for (Token a : ctx.args) inputs.add(use(a));
        List<TensorType> printed = ctx.tensorType().stream().map(Tensors::type).toList();
        if (printed.size() != ctx.results.size()) {
            throw Positions.error(ctx, what + ": " + ctx.results.size() + " results but " + printed.size() + " types after ':'");
        }
        List<TensorType> inferred;
        try {
            inferred = op.inferTypes(inputs.stream().map(Value::type).toList());
        } catch (RuntimeException e) { // IrException, or an inferTypes that indexes or sizes without checking first
            String why = e instanceof IrException ? e.getMessage() : e.toString();
            throw Positions.error(ctx, what + ": the op does not accept inputs " + types(inputs) + ": " + why);
        }
        if (!inferred.equals(printed)) {
            throw Positions.error(ctx, what + ": printed type " + join(printed) + " but the op infers " + join(inferred)
                    + " from inputs " + types(inputs));
        }
        List<Value> outputs = new ArrayList<>();
        for (int i = 0; i < ctx.results.size(); i++) outputs.add(define(ctx.results.get(i), printed.get(i)));
        return new Node(name, op, inputs, outputs);
    }

    private static String types(List<Value> values) {
        return "(" + join(values.stream().map(Value::type).toList()) + ")";
    }

    private static String join(List<TensorType> types) {
        return String.join(", ", types.stream().map(TensorType::toString).toList());
    }

    /** The name in a {@code %name} or {@code @name} token. */
    static String name(Token t) {
        String s = t.getText().substring(1);
        return s.startsWith("\"") ? Lexical.unquote(s) : s;
    }

    private Value define(Token t, TensorType type) {
        String name = name(t);
        if (scope.containsKey(name)) throw Positions.error(t, "value %" + Lexical.name(name) + " is defined twice");
        Value v = new Value(name, type);
        scope.put(name, v);
        return v;
    }

    private Value use(Token t) {
        String name = name(t);
        Value v = scope.get(name);
        if (v == null) throw Positions.error(t, "value %" + Lexical.name(name) + " is not defined before this use");
        return v;
    }
}
