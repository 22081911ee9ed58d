package dev.dynamodesk.dynamo.partiql;

/** What a piece of PartiQL text is, as far as highlighting, splitting and checking need to know. */
public enum TokenKind {
    KEYWORD,
    /** A known function name followed by an opening parenthesis. */
    FUNCTION,
    IDENTIFIER,
    /** {@code "Name"}: a table, index or attribute name in double quotes. */
    QUOTED_IDENTIFIER,
    /** {@code 'text'}. */
    STRING,
    NUMBER,
    /** {@code ?}: a value passed beside the statement. */
    PARAMETER,
    /** {@code `...`}: an Ion literal (DynamoDB refuses most of them, but they are PartiQL). */
    ION,
    OPERATOR,
    /** Brackets, braces, bag brackets {@code << >>}, commas, dots, colons, semicolons. */
    PUNCTUATION,
    COMMENT,
    /** A character PartiQL has no use for. */
    UNKNOWN
}
