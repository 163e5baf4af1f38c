/*
 * The text form of tcc's kernel IR, as dev.tcc.ir.kernel.KernelPrinter writes it (its Javadoc has an
 * example). The printer parenthesises every nested binary expression; this grammar also accepts C's
 * precedence, so hand-written kernels in tests read naturally. KernelParser resolves names and types
 * and builds the records, which check themselves.
 */
grammar TccKernel;

kernelFile  : kernel EOF ;
kernelsFile : kernel* EOF ;
exprFile    : expr EOF ;

kernel   : 'kernel' name '(' (param (',' param)*)? ')' 'grid' dims 'x' dims array* block ;
param    : name ':' type ('[' ']' access)? ;
access   : name ('-' name)? ;
dims     : '[' INT (',' INT)* ']' ;
array    : space=name name ':' type '[' INT ']' ;

block    : '{' stmt* '}' ;
stmt     : 'let' name ':' type '=' expr ';'                                   # declare
         | name '=' expr ';'                                                  # assign
         | name '[' index=expr ']' '=' value=expr ';'                         # store
         | 'for' '(' 'let' name ':' type '=' init=expr ';' cond=expr ';'
               name '=' next=expr ')' block                                   # for
         | 'if' '(' expr ')' then=block ('else' otherwise=block)?             # if
         | 'barrier' '(' name ')' ';'                                         # barrier
         | block                                                              # nested
         ;

// C precedence, loosest last; the printer's canonical form only ever needs the parentheses.
expr     : op=('-' | '!' | '~') expr                                          # unary
         | expr op=('*' | '/' | '%') expr                                     # binary
         | expr op=('+' | '-') expr                                           # binary
         | expr op=('<<' | '>>') expr                                         # binary
         | expr op=('<' | '<=' | '>' | '>=') expr                             # binary
         | expr op=('==' | '!=') expr                                         # binary
         | expr op='&' expr                                                   # binary
         | expr op='^' expr                                                   # binary
         | expr op='|' expr                                                   # binary
         | expr op='&&' expr                                                  # binary
         | expr op='||' expr                                                  # binary
         | '(' expr ')'                                                       # parens
         | number (':' type)?                                                 # literal
         | 'cast' '<' type '>' '(' expr ')'                                   # cast
         | name '(' (expr (',' expr)*)? ')'                                   # call
         | name '[' expr ']'                                                  # load
         | name (':' type)?                                                   # word
         ;

number   : INT | FLOAT ;
type     : name ;
// keywords are also names where a name is expected
name     : IDENT | 'grid' | 'x' | 'cast' ;

INT     : DIGIT+ ;
FLOAT   : DIGIT+ '.' DIGIT* EXP? | DIGIT+ EXP ;
IDENT   : [a-zA-Z_] [a-zA-Z0-9_]* ;
WS      : [ \t\r\n]+ -> skip ;
COMMENT : '//' ~[\r\n]* -> skip ;

fragment DIGIT : [0-9] ;
fragment EXP   : [eE] [+-]? DIGIT+ ;
