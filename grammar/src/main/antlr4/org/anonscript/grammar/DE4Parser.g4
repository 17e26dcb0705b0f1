/*
 * Classic DicomEdit 4, spec section 13.1. The front end parses one line at a time with `chunk`
 * (DE4 needs a newline between statements); `script` parses a whole text at once.
 */
parser grammar DE4Parser;

options { tokenVocab = DE4Lexer; }

script     : NEWLINE* (statement (NEWLINE+ statement)*)? NEWLINE* EOF ;
chunk      : statement+ EOF ;

statement
    : action
    | constraint+ action
    | initialization
    | description
    ;

action       : assignment | deletion | echo ;
constraint   : value op=(EQUALS | MATCHES) value CONSTRAINS ;
lvalue       : TAG | TAGPATTERN ;

assignment
    : lvalue ASSIGN value                               # assign
    | TAG ASSIGN NEW ID (LEFT term (COMMA term)* RIGHT)? # generate
    ;
deletion       : DELETE lvalue ;
echo           : ECHO value? ;
initialization : ID ASSIGN value ;

description
    : DESCRIBE ID STRING        # describeLabel
    | DESCRIBE ID HIDDEN_WORD   # describeHidden
    | EXPORT ID STRING          # export
    ;

value
    : STRING term (COMMA term)*  # implicitFormat
    | term                       # plainValue
    ;

term
    : STRING                             # stringTerm
    | NUMBER                             # numberTerm
    | TAG                                # tagTerm
    | ID LEFT term (COMMA term)* RIGHT   # callTerm
    | ID                                 # nameTerm
    ;
