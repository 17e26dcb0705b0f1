/*
 * Classic DicomEdit 4 tokens, spec section 13.1. Comments are trivia (kept on a hidden channel),
 * a backslash followed by a newline is whitespace. The error tokens at the end never fail the
 * lexer; the front end reports them (DE001-DE004).
 */
lexer grammar DE4Lexer;

channels { COMMENTS }

WS          : ( [ \t]+ | '\\' '\r'? '\n' ) -> skip ;
COMMENT     : '//' ~[\r\n]* -> channel(COMMENTS) ;
NEWLINE     : '\r'? '\n' ;

LEFT        : '[' ;
RIGHT       : ']' ;
COMMA       : ',' ;
ASSIGN      : ':=' ;
CONSTRAINS  : ':' ;
DELETE      : '-' ;
EQUALS      : '=' ;
MATCHES     : '~' ;

ECHO        : 'echo' ;
NEW         : 'new' ;
DESCRIBE    : 'describe' ;
HIDDEN_WORD : 'hidden' ;
EXPORT      : 'export' ;

ID          : [a-zA-Z_] [a-zA-Z0-9_]* ;
// Lenient: any backslash pair is kept; escapes DicomEdit 4 does not know are reported afterwards.
STRING      : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
NUMBER      : '0' | '-'? [1-9] [0-9]* ;
TAG         : '(' HEXWORD ',' HEXWORD ')' ;
TAGPATTERN  : '(' PATWORD ',' PATWORD ')' ;

// ---- error tokens ----
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '\\'? ;
SQ_STRING   : '\'' ~['\r\n]* '\''? ;
ERROR_CHAR  : . ;

fragment HEXDIGIT : [0-9a-fA-F] ;
fragment HEXWORD  : HEXDIGIT HEXDIGIT HEXDIGIT HEXDIGIT ;
fragment PATCHAR  : HEXDIGIT | [X@#] ;
fragment PATWORD  : PATCHAR PATCHAR PATCHAR PATCHAR ;
