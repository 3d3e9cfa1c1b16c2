/// TOMLKit's name for a value in a table, kept so parsers written against TOMLKit compile unchanged.
public typealias TOMLValueConvertible = TOMLValue
