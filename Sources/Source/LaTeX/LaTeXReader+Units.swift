/// siunitx in text: `\SI{9.8}{\metre\per\second\squared}` → "9.8 m s^−2", as the
/// package prints it by default (units in power form, separated by a space).
extension LaTeXReader {
    /// Reads the arguments of an siunitx command and writes what it prints.
    mutating func siunitx(_ name: String) {
        _ = optionalTokens()
        switch name {
        case "SI", "qty", "SIrange", "qtyrange":
            var value = SIUnits.number(renderToString(argumentTokens()))
            if name.hasSuffix("range") { value += "–" + SIUnits.number(renderToString(argumentTokens())) }
            _ = optionalTokens()
            let unit = SIUnits.unit(argumentTokens())
            out.text(SIUnits.quantity(value, unit))
        case "num", "ang":
            out.text(SIUnits.number(renderToString(argumentTokens())))
        default: // si, unit
            out.text(SIUnits.unit(argumentTokens()))
        }
    }
}

/// siunitx's unit and prefix macros and what they print.
enum SIUnits {
    static let commands: Set<String> = ["SI", "si", "num", "qty", "unit", "ang", "SIrange", "qtyrange"]

    static let units: [String: String] = [
        "metre": "m", "meter": "m", "second": "s", "gram": "g", "kilogram": "kg", "ampere": "A", "kelvin": "K",
        "mole": "mol", "mol": "mol", "candela": "cd", "newton": "N", "joule": "J", "watt": "W", "pascal": "Pa",
        "hertz": "Hz", "volt": "V", "ohm": "Ω", "coulomb": "C", "farad": "F", "henry": "H", "tesla": "T",
        "weber": "Wb", "siemens": "S", "litre": "L", "liter": "L", "degreeCelsius": "°C", "celsius": "°C",
        "degree": "°", "percent": "%", "minute": "min", "hour": "h", "day": "d", "electronvolt": "eV",
        "bar": "bar", "radian": "rad", "steradian": "sr", "byte": "B", "bit": "bit", "dalton": "Da",
        "atm": "atm", "atmosphere": "atm", "calorie": "cal", "angstrom": "Å", "m": "m", "s": "s", "g": "g",
        "kg": "kg", "J": "J", "N": "N", "W": "W", "Pa": "Pa", "Hz": "Hz", "V": "V", "K": "K", "A": "A",
        "km": "km", "cm": "cm", "mm": "mm", "nm": "nm", "um": "µm", "ms": "ms", "us": "µs", "ns": "ns",
        "kJ": "kJ", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "kW": "kW", "mV": "mV", "kV": "kV", "mA": "mA", "L": "L", "mL": "mL",
    ]

    static let prefixes: [String: String] = [
        "yocto": "y", "zepto": "z", "atto": "a", "femto": "f", "pico": "p", "nano": "n", "micro": "µ", "milli": "m",
        "centi": "c", "deci": "d", "deca": "da", "deka": "da", "hecto": "h", "kilo": "k", "mega": "M", "giga": "G",
        "tera": "T", "peta": "P", "exa": "E",
    ]

    /// `6e-3` → "6 × 10^−3"; a plain number as written.
    /// A value and its unit as printed: "6 m", "45°", "12%".
    static func quantity(_ value: String, _ unit: String) -> String {
        unit.isEmpty ? value : unit == "%" || unit == "°" ? value + unit : value + " " + unit
    }

    static func number(_ written: String) -> String {
        let text = written.trimmingSpaces
        let parts = text.split(separator: "e", maxSplits: 1)
        guard parts.count == 2, Double(parts[0]) != nil, let exponent = Int(parts[1]) else { return text }
        let power = "10^" + (exponent < 0 ? "−\(-exponent)" : "\(exponent)")
        return parts[0] == "1" ? power : "\(parts[0]) × " + power
    }

    /// A unit argument: unit macros with prefixes and powers, or literal unit text.
    static func unit(_ tokens: [LaTeXToken]) -> String {
        var pieces: [String] = []
        var prefix = ""
        var inverse = false
        var power: Int?
        var literal = ""
        func add(_ symbol: String) {
            var piece = prefix + symbol
            let exponent = (power ?? 1) * (inverse ? -1 : 1)
            if exponent != 1 { piece += "^" + (exponent < 0 ? "−\(-exponent)" : "\(exponent)") }
            pieces.append(piece)
            prefix = ""
            inverse = false
            power = nil
        }
        for token in tokens {
            switch token.kind {
            case .command(let name):
                if let symbol = SIUnits.units[name] {
                    add(symbol)
                } else if let symbol = SIUnits.prefixes[name] {
                    prefix += symbol
                } else if name == "per" {
                    inverse = true
                } else if name == "square" || name == "cubic" {
                    power = name == "square" ? 2 : 3
                } else if name == "squared" || name == "cubed", let last = pieces.popLast() {
                    let exponent = name == "squared" ? 2 : 3
                    if let caret = last.firstIndex(of: "^"), let sign = last[last.index(after: caret)...].first, sign == "−" {
                        let base = last[..<caret]
                        pieces.append(base + "^−\(exponent)")
                    } else {
                        pieces.append(last + "^\(exponent)")
                    }
                } else if name == "tothe" {
                    continue
                } else if let symbol = MathSymbols.commands[name] {
                    literal += symbol.text
                }
            case .char(let c):
                // "\micro M": a prefix before written unit letters.
                if !prefix.isEmpty, c.isLetter {
                    literal += prefix
                    prefix = ""
                }
                literal.append(c == "." || c == "~" ? " " : c == "-" ? "−" : c)
            case .space: literal.append(" ")
            default: continue
            }
        }
        return (pieces.joined(separator: " ") + " " + literal.trimmingSpaces).trimmingSpaces
    }
}
