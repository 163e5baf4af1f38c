package dev.tcc.codegen.common;

import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.BinaryOp;
import dev.tcc.ir.kernel.Expr;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Memory;
import dev.tcc.ir.kernel.Stmt;

/**
 * Renders kernel IR to a C-like language. This class owns what C-like targets share: statement
 * structure, blocks and indentation, operator precedence and parenthesisation, compound assignment.
 * A target supplies its tables (type names, literals, builtins, math names, barrier) and overrides the
 * few constructs it spells differently (kernel signature, loads and stores of narrow types, casts).
 * Renderers are stateless: {@link #render} may be called from several threads.
 */
public abstract class CLikeRenderer {

    /** The complete source of one kernel. */
    public final String render(Kernel kernel) {
        SourceWriter w = new SourceWriter(indent());
        header(w, kernel);
        w.open("{");
        declarations(w, kernel);
        for (Stmt s : kernel.body().stmts()) stmt(w, s);
        w.close("}");
        return w.toString();
    }

    // ---- what a target must provide

    /** The indentation unit. */
    protected String indent() { return "    "; }

    /** Everything before the body's opening brace: pragmas, attributes, the signature. */
    protected abstract void header(SourceWriter w, Kernel kernel);

    /** Declarations at the top of the body (workgroup and private arrays). */
    protected abstract void declarations(SourceWriter w, Kernel kernel);

    /** The name of a value type. */
    protected abstract String typeName(DType valueType);

    protected abstract Code intLiteral(Expr.IntLit literal);

    protected abstract Code floatLiteral(Expr.FloatLit literal);

    protected abstract Code builtin(Expr.Builtin builtin);

    /** The function computing {@code fn} for {@code type} (f32 or f64 argument). */
    protected abstract String mathName(dev.tcc.ir.kernel.MathFn fn, DType type);

    protected abstract String barrier(Stmt.Barrier.Fence fence);

    /** {@code min}/{@code max} of two values of {@code type}. */
    protected abstract Code minMax(BinaryOp op, DType type, Code a, Code b);

    /** Conversion of {@code x} (of type {@code from}) to {@code to}. */
    protected abstract Code cast(DType to, DType from, Code x);

    // ---- overridable C defaults

    /**
     * The target spelling of a kernel-IR name (variable, parameter, array). The default keeps it; a
     * target whose keywords or predeclared functions a kernel name may collide with renames here.
     */
    protected String name(String irName) { return irName; }

    /** Element {@code index} of {@code memory}, as its value type. */
    protected Code load(Memory memory, Code index) { return Code.primary(name(memory.name()) + "[" + index.text() + "]"); }

    /** The statement storing {@code value} at element {@code index}. */
    protected String store(Memory memory, Code index, Code value) {
        return name(memory.name()) + "[" + index.text() + "] = " + value.text() + ";";
    }

    /** The declaration of {@code var} with its initial value; also the init clause of a {@code for}. */
    protected String declare(Expr.Var var, Code init) {
        return typeName(var.type()) + " " + name(var.name()) + " = " + init.text() + ";";
    }

    protected Code select(Code cond, Code ifTrue, Code ifFalse) {
        return new Code(cond.at(Code.LOGICAL_OR) + " ? " + ifTrue.at(Code.LOGICAL_OR) + " : " + ifFalse.at(Code.CONDITIONAL),
                Code.CONDITIONAL);
    }

    /** Absolute value of a number of {@code type}. */
    protected Code abs(DType type, Code x) { return Code.call("abs", x); }

    /** The right operand of a shift, {@code rendered} from {@code count}; C takes it as it is. */
    protected Code shiftCount(Expr count, Code rendered) { return rendered; }

    /** {@code a != b} of floats, true when either is NaN; C's {@code !=} is. */
    protected Code floatNotEqual(Code a, Code b) {
        return new Code(operand(BinaryOp.NE, Code.EQUALITY, a, false) + " != " + operand(BinaryOp.NE, Code.EQUALITY, b, true), Code.EQUALITY);
    }

    /** Float remainder (C's {@code fmod}). */
    protected Code floatRemainder(Code a, Code b) { return Code.call("fmod", a, b); }

    // ---- statements

    protected void stmt(SourceWriter w, Stmt s) {
        switch (s) {
            case Stmt.Declare d -> w.line(declare(d.var(), expr(d.init())));
            case Stmt.Assign a -> w.line(assign(a.var(), a.value()));
            case Stmt.Store st -> w.line(store(st.memory(), expr(st.index()), expr(st.value())));
            case Stmt.For f -> {
                String step = f.next() instanceof Expr.Binary b && b.op() == BinaryOp.ADD && b.left().equals(f.index())
                        ? name(f.index().name()) + " += " + expr(b.right()).text()
                        : name(f.index().name()) + " = " + expr(f.next()).text();
                w.open("for (" + declare(f.index(), expr(f.init())) + " " + expr(f.condition()).text() + "; " + step + ") {");
                f.body().stmts().forEach(t -> stmt(w, t));
                w.close("}");
            }
            case Stmt.If i -> {
                w.open("if (" + expr(i.condition()).text() + ") {");
                i.then().stmts().forEach(t -> stmt(w, t));
                if (!i.otherwise().isEmpty()) {
                    w.middle("} else {");
                    i.otherwise().stmts().forEach(t -> stmt(w, t));
                }
                w.close("}");
            }
            case Stmt.Barrier b -> w.line(barrier(b.fence()));
            case Stmt.Block b -> {
                w.open("{");
                b.stmts().forEach(t -> stmt(w, t));
                w.close("}");
            }
        }
    }

    /** {@code x = x op e} becomes {@code x op= e}. */
    private String assign(Expr.Var var, Expr value) {
        if (value instanceof Expr.Binary b && b.left().equals(var) && !b.op().isFunction()
                && b.op().kind() == BinaryOp.Kind.ARITH && !(b.op() == BinaryOp.REM && var.type().isFloat())) {
            return name(var.name()) + " " + b.op().symbol() + "= " + expr(b.right()).text() + ";";
        }
        return name(var.name()) + " = " + expr(value).text() + ";";
    }

    // ---- expressions

    protected Code expr(Expr e) {
        return switch (e) {
            case Expr.IntLit l -> intLiteral(l);
            case Expr.FloatLit l -> floatLiteral(l);
            case Expr.Var v -> Code.primary(name(v.name()));
            case Expr.Builtin b -> builtin(b);
            case Expr.Load l -> load(l.memory(), expr(l.index()));
            case Expr.Unary u -> switch (u.op()) {
                case NEG -> Code.prefix("-", expr(u.operand()));
                case NOT -> Code.prefix("!", expr(u.operand()));
                case BIT_NOT -> Code.prefix("~", expr(u.operand()));
                case ABS -> abs(u.type(), expr(u.operand()));
            };
            case Expr.Binary b -> binary(b);
            case Expr.Select s -> select(expr(s.condition()), expr(s.ifTrue()), expr(s.ifFalse()));
            case Expr.Call c -> Code.call(mathName(c.fn(), c.args().getFirst().type()),
                    c.args().stream().map(this::expr).toArray(Code[]::new));
            case Expr.Cast c -> cast(c.to(), c.operand().type(), expr(c.operand()));
        };
    }

    private Code binary(Expr.Binary b) {
        DType t = b.left().type();
        Code l = expr(b.left());
        Code r = b.op() == BinaryOp.SHL || b.op() == BinaryOp.SHR ? shiftCount(b.right(), expr(b.right())) : expr(b.right());
        if (b.op().isFunction()) return minMax(b.op(), t, l, r);
        if (b.op() == BinaryOp.REM && t.isFloat()) return floatRemainder(l, r);
        if (b.op() == BinaryOp.NE && t.isFloat()) return floatNotEqual(l, r);
        int p = precedence(b.op());
        return new Code(operand(b.op(), p, l, false) + " " + b.op().symbol() + " " + operand(b.op(), p, r, true), p);
    }

    private String operand(BinaryOp parent, int p, Code c, boolean right) {
        return parenthesise(parent, p, c, right) ? "(" + c.text() + ")" : c.text();
    }

    /**
     * Whether operand {@code c} of infix operator {@code parent} (of precedence {@code p}) needs
     * parentheses: when precedence requires it, and also when a bitwise, shift or logical operator has a
     * different infix operator below it, where C's precedence is correct but misread easily ({@code a & b
     * == c}). A target with stricter grammar (WGSL) adds its cases.
     */
    protected boolean parenthesise(BinaryOp parent, int p, Code c, boolean right) {
        boolean needed = c.precedence() < p || (right && c.precedence() == p);
        boolean clearer = c.precedence() < Code.UNARY && c.precedence() != p
                && (parent.kind() == BinaryOp.Kind.BITWISE || parent.kind() == BinaryOp.Kind.LOGIC);
        return needed || clearer;
    }

    protected static int precedence(BinaryOp op) {
        return switch (op) {
            case MUL, DIV, REM -> Code.MULTIPLICATIVE;
            case ADD, SUB -> Code.ADDITIVE;
            case SHL, SHR -> Code.SHIFT;
            case LT, LE, GT, GE -> Code.RELATIONAL;
            case EQ, NE -> Code.EQUALITY;
            case BIT_AND -> Code.BIT_AND;
            case BIT_XOR -> Code.BIT_XOR;
            case BIT_OR -> Code.BIT_OR;
            case AND -> Code.LOGICAL_AND;
            case OR -> Code.LOGICAL_OR;
            case MIN, MAX -> Code.PRIMARY;
        };
    }
}
