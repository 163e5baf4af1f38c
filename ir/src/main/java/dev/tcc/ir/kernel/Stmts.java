package dev.tcc.ir.kernel;

/** Small queries over statement trees. */
final class Stmts {
    private Stmts() {}

    static boolean containsBarrier(Stmt s) {
        return switch (s) {
            case Stmt.Barrier b -> true;
            case Stmt.Block b -> b.stmts().stream().anyMatch(Stmts::containsBarrier);
            case Stmt.For f -> containsBarrier(f.body());
            case Stmt.If i -> containsBarrier(i.then()) || containsBarrier(i.otherwise());
            case Stmt.Declare d -> false;
            case Stmt.Assign a -> false;
            case Stmt.Store st -> false;
        };
    }
}
