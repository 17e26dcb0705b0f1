/*
 * DicomEdit 6 (6.0-6.7) tokens, spec section 2.4 and 3.
 * The tag-half tokens reproduce XNAT's longest-match lexing exactly, so that the lexical traps
 * of spec 2.4 ("if (face = ...)", "if (x = dead)") happen as they do in XNAT.
 * Comments are removed before lexing (spec 2.1-2.2), so there is no comment token.
 * The rules after "error tokens" never fail the lexer: they turn bad input into tokens the
 * front end reports with precise diagnostics (DE001-DE004, DE204).
 */
lexer grammar DE6Lexer;

WS          : [ \t]+ -> skip ;
NEWLINE     : '\r'? '\n' ;

COMMA       : ',' ;
L_PAREN     : '(' ;
R_PAREN     : ')' ;
L_BRACKET   : '[' ;
R_BRACKET   : ']' ;
L_BRACE     : '{' ;
R_BRACE     : '}' ;
SLASH       : '/' ;

OP_ASSIGN           : ':=' ;
OP_ASSIGN_IF_EXISTS : '?=' ;
OP_DELETE           : '-' ;

QUESTION_MARK : '?' ;
COLON         : ':' ;
EQUALS        : '=' ;
NOT_EQUALS    : '!=' ;
MATCHES       : '~' ;
NOT_MATCHES   : '!~' ;

IF              : 'if' ;
ELSEIF          : 'elseif' ;
ELSE            : 'else' ;
DESCRIBE        : 'describe' ;
HIDDEN_WORD     : 'hidden' ;
CONST_WORD      : 'const' ;
IMMUTABLE_WORD  : 'immutable' ;
EXPORT          : 'export' ;
ECHO            : 'echo' ;
REMOVE_ALL_PRIVATE_TAGS : 'removeAllPrivateTags' ;
VERSION_WORD    : 'version' ;

HEXDIGIT_WILDCARD : [Xx] ;
ITEM_WILDCARD     : '%' ;
SEQ_WILDCARD      : [*+.] ;
ID                : LETTER (LETTER | DIGIT)* ;
INTEGER           : '0' | '-'? NON_ZERO_DIGIT DIGIT* ;
FLOAT             : '-'? ('0' '.' DIGIT+ | NON_ZERO_DIGIT DIGIT* '.' DIGIT+) ;

// Lenient: any backslash pair is kept in the token; invalid escapes are reported as DE003 afterwards.
STRING            : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;

PUBLIC_GROUP      : '(' EVEN_HEXWORD ;
PVT_GROUP         : '(' ODD_HEXWORD ;
PUBLIC_ELEMENT    : HEXWORD ')' ;
PVT_ELEMENT       : '{' CREATOR_START CREATOR_CHAR* '}' HEXDIGIT HEXDIGIT ')' ;

// ---- error tokens (never produced by valid scripts) ----
// A creator with characters XNAT does not accept (DE204); same length as PVT_ELEMENT when valid,
// so the valid form wins by rule order.
// It stops at brackets, commas and quotes so that it never swallows a list such as {(0010,1040), (0019,{C}XX)}.
BAD_PVT_ELEMENT   : '{' ~[{}()[\],"\r\n]* '}' HEXDIGIT HEXDIGIT ')' ;
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '\\'? ;
SQ_STRING         : '\'' ~['\r\n]* '\''? ;
ERROR_CHAR        : . ;

fragment LETTER         : [a-zA-Z_] ;
fragment DIGIT          : [0-9] ;
fragment NON_ZERO_DIGIT : [1-9] ;
fragment CREATOR_START  : [a-zA-Z] ;
fragment CREATOR_CHAR   : [a-zA-Z0-9 \-_.:] ;
fragment ODD_HEXDIGIT   : [13579bBdDfF#] ;
fragment EVEN_HEXDIGIT  : [02468aAcCeE@] ;
fragment HEXDIGIT       : ODD_HEXDIGIT | EVEN_HEXDIGIT | [Xx] ;
fragment EVEN_HEXWORD   : HEXDIGIT HEXDIGIT HEXDIGIT EVEN_HEXDIGIT ;
fragment ODD_HEXWORD    : HEXDIGIT HEXDIGIT HEXDIGIT ODD_HEXDIGIT ;
fragment HEXWORD        : HEXDIGIT HEXDIGIT HEXDIGIT HEXDIGIT ;
