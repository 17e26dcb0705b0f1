/*
 * DicomEdit 6 (6.6/6.7 grammar), spec section 4. The front end cuts a script into top-level
 * chunks at newlines (keeping the newlines inside lists and if-chains) and parses each chunk with
 * `chunk`, so that one bad line never hides the rest. `script` parses a whole text at once.
 * Tag forms XNAT rejects but that have a clear fix (numeric private elements, creators on even
 * groups, invalid creator characters, bad item indexes) are accepted here and reported by the
 * AST builder (DE203, DE204, DE205).
 */
parser grammar DE6Parser;

options { tokenVocab = DE6Lexer; }

script     : NEWLINE* (statement (NEWLINE* statement)*)? NEWLINE* EOF ;
chunk      : statement+ EOF ;

statement
    : action
    | conditional
    | ifChain
    | describe
    | export
    | removeAllPrivateTags
    | version
    ;

action
    : assign
    | assignIfExists
    | initialize
    | deletion
    | function
    | echo
    ;

assign          : tagpath OP_ASSIGN value ;
assignIfExists  : tagpath OP_ASSIGN_IF_EXISTS value ;
initialize      : ID OP_ASSIGN value ;
deletion        : OP_DELETE tagpath ;
function        : ID L_BRACKET (value (COMMA value)*)? R_BRACKET ;
echo            : ECHO value? ;

value
    : INTEGER
    | FLOAT
    | ID
    | STRING
    | tagpath
    | function
    | list
    ;

conditional     : condition QUESTION_MARK action (COLON action)? ;

condition
    : value op=(EQUALS | NOT_EQUALS | MATCHES | NOT_MATCHES) value   # comparison
    | function                                                      # callCondition
    ;

ifChain
    : ifClause (NEWLINE* elseifClause)* (NEWLINE* elseClause)?
    ;
ifClause     : IF L_PAREN condition R_PAREN NEWLINE* block ;
elseifClause : ELSEIF L_PAREN condition R_PAREN NEWLINE* block ;
elseClause   : ELSE NEWLINE* block ;

block        : L_BRACE blockItem* R_BRACE ;
blockItem    : NEWLINE | statement ;

describe
    : DESCRIBE ID kind=(STRING | HIDDEN_WORD | CONST_WORD | IMMUTABLE_WORD)
    ;
export               : EXPORT ID STRING ;
removeAllPrivateTags : REMOVE_ALL_PRIVATE_TAGS ;
version              : VERSION_WORD STRING ;

list       : L_BRACE NEWLINE? (listEntry (COMMA listEntry)*)? NEWLINE? R_BRACE ;
listEntry  : NEWLINE? listValue NEWLINE? ;
listValue  : STRING | INTEGER | FLOAT | tagpath | ID | function | list ;

tagpath    : step (SLASH step)* ;
step
    : tag itemSelector?     # tagStep
    | SEQ_WILDCARD          # levelStep
    ;
itemSelector : L_BRACKET index=(INTEGER | FLOAT | ITEM_WILDCARD | ID | HEXDIGIT_WILDCARD | STRING) R_BRACKET ;

tag        : group=(PUBLIC_GROUP | PVT_GROUP) COMMA element=(PUBLIC_ELEMENT | PVT_ELEMENT | BAD_PVT_ELEMENT) ;
