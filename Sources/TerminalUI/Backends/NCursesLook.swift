import CNCurses

/// A style translated for ncurses: wide-character attributes plus a colour pair number.
struct NCursesLook: Hashable {
    var attributes: attr_t
    var pair: Int16
}
