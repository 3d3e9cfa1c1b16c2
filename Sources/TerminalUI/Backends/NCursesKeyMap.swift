import CNCurses

/// Decodes what `wget_wch` returns into ``Key`` values.
enum NCursesKeyMap {
    /// A function-key code (wget_wch returned KEY_CODE_YES).
    static func key(forKeyCode code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            let functionNumber = code - cn_key_f(0)
            if (1...63).contains(functionNumber) { return .function(Int(functionNumber)) }
            return .unknown(code)
        }
    }

    /// A character (wget_wch returned OK): control bytes become control keys, the rest printable characters.
    static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .control("@")
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(value) + 0x40)))
        case 0x80...0x9F: return .unknown(Int32(bitPattern: value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int32(bitPattern: value)) }
            return .character(Character(scalar))
        }
    }
}
