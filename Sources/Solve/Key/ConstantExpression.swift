import Foundation

/// The value of a constant formula as a key writes it beside its number (`4*sqrt(2)`,
/// `exp(-pi/2)`, `5*pi/2`, `2^(1/3)`): numbers, `+ - * / ^`, parentheses, `pi`, `e`, and
/// `sqrt`, `exp`, `ln`, `log`, `sin`, `cos`, `tan`. Nil for anything else (a variable, `i`).
enum ConstantExpression {
    static func value(of text: String) -> Double? {
        var parser = Parser(characters: Array(text.filter { !$0.isWhitespace }))
        guard let value = parser.sum(), parser.position == parser.characters.count, value.isFinite else { return nil }
        return value
    }

    private struct Parser {
        let characters: [Character]
        var position = 0

        init(characters: [Character]) { self.characters = characters }

        mutating func sum() -> Double? {
            guard var value = product() else { return nil }
            while position < characters.count, "+-".contains(characters[position]) {
                let plus = characters[position] == "+"
                position += 1
                guard let next = product() else { return nil }
                value = plus ? value + next : value - next
            }
            return value
        }

        mutating func product() -> Double? {
            guard var value = power() else { return nil }
            // (Juxtaposition multiplies: "4sqrt(2)", "2pi", "3(1+pi)".)
            while position < characters.count, "*/".contains(characters[position]) || characters[position].isLetter || characters[position] == "(" {
                let explicit = "*/".contains(characters[position])
                let times = !explicit || characters[position] == "*"
                if explicit { position += 1 }
                guard let next = power() else { return nil }
                value = times ? value * next : value / next
            }
            return value
        }

        mutating func power() -> Double? {
            guard let base = unary() else { return nil }
            guard position < characters.count, characters[position] == "^" else { return base }
            position += 1
            guard let exponent = power() else { return nil }
            return pow(base, exponent)
        }

        mutating func unary() -> Double? {
            if position < characters.count, characters[position] == "-" {
                position += 1
                return unary().map { -$0 }
            }
            return atom()
        }

        mutating func atom() -> Double? {
            guard position < characters.count else { return nil }
            if characters[position] == "(" {
                position += 1
                guard let value = sum(), position < characters.count, characters[position] == ")" else { return nil }
                position += 1
                return value
            }
            if characters[position].isNumber || characters[position] == "." {
                var end = position
                while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
                if end < characters.count, "eE".contains(characters[end]), end + 1 < characters.count,
                   characters[end + 1].isNumber || "+-".contains(characters[end + 1]) {
                    end += 2
                    while end < characters.count, characters[end].isNumber { end += 1 }
                }
                defer { position = end }
                return Double(String(characters[position..<end]))
            }
            var end = position
            while end < characters.count, characters[end].isLetter { end += 1 }
            let word = String(characters[position..<end]).lowercased()
            position = end
            switch word {
            case "pi", "π": return Double.pi
            case "e": return M_E
            case "sqrt", "exp", "ln", "log", "sin", "cos", "tan":
                guard position < characters.count, characters[position] == "(", let argument = atom() else { return nil }
                switch word {
                case "sqrt": return argument >= 0 ? argument.squareRoot() : nil
                case "exp": return Foundation.exp(argument)
                case "ln", "log": return argument > 0 ? Foundation.log(argument) : nil
                case "sin": return Foundation.sin(argument)
                case "cos": return Foundation.cos(argument)
                default: return Foundation.tan(argument)
                }
            default: return nil
            }
        }
    }
}
