/*
 * The canonical text form of tcc's graph IR, as dev.tcc.ir.text.Printer writes it (its Javadoc
 * describes the language). The parser here only checks the shape of the text; IrParser resolves
 * names, builds ops through dev.tcc.ir.text.OpSyntax and checks types.
 */
grammar TccIr;

// entry points
graphFile  : graph EOF ;
opFile     : op EOF ;
tensorFile : tensorLit EOF ;

graph      : 'graph' AT_NAME '(' (param (',' param)*)? ')' '{' node* ret '}' ;
param      : VALUE ':' tensorType ;
node       : results+=VALUE (',' results+=VALUE)* '=' op '(' (args+=VALUE (',' args+=VALUE)*)? ')'
             ':' tensorType (',' tensorType)* AT_NAME? ;
ret        : 'return' (output (',' output)*)? ;
output     : VALUE ('as' STRING)? ;

op         : ident ('<' (attr (',' attr)*)? '>')? ;
attr       : ident '=' attrValue ;
attrValue  : scalar                                         # scalarValue
           | tensorLit                                      # tensorValue
           | ident                                          # identValue
           | '[' (attrValue (',' attrValue)*)? ']'          # listValue
           ;
scalar     : INT | FLOAT | STRING | 'true' | 'false' ;

tensorLit  : 'dense' '<' tensorType '>' tensorBody ;
tensorBody : '[' (scalar (',' scalar)*)? ']'                # listBody
           | 'hex' STRING                                   # hexBody
           | 'elided'                                       # elidedBody
           ;
tensorType : ident '[' (INT (',' INT)*)? ']' ;

// keywords are also names where a name is expected (mnemonics, attribute names, enum values)
ident      : IDENT | 'graph' | 'return' | 'as' | 'dense' | 'hex' | 'elided' ;

FLOAT   : '-'? DIGIT+ '.' DIGIT* EXP? | '-'? DIGIT+ EXP | '-'? 'inf' | 'nan' ;
INT     : '-'? DIGIT+ ;
VALUE   : '%' (NAME | STR) ;
AT_NAME : '@' (NAME | STR) ;
STRING  : STR ;
IDENT   : [a-zA-Z_] [a-zA-Z0-9_]* ;
WS      : [ \t\r\n]+ -> skip ;
COMMENT : '//' ~[\r\n]* -> skip ;

fragment DIGIT : [0-9] ;
fragment EXP   : [eE] [+-]? DIGIT+ ;
fragment NAME  : [a-zA-Z0-9_.]+ ;
fragment STR   : '"' (ESC | ~["\\\r\n])* '"' ;
fragment ESC   : '\\' ([\\"nrt] | 'u' HEX HEX HEX HEX) ;
fragment HEX   : [0-9a-fA-F] ;
