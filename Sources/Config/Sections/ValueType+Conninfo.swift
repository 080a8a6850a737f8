extension ValueType where Value == String {
    /// A libpq conninfo or URI with no password in it. The text is never quoted back in a message.
    static var conninfo: ValueType<String> {
        let expected = "a libpq conninfo such as \"host=db1 dbname=yot user=yotqa\", or \"\" for the PG* variables"
        return .scalar(expected: expected) { scalar, _ in
            switch ConninfoSecrets.inspect(scalar.string) {
            case .none:
                return .success(scalar.string)
            case .password:
                return .failure(ValueProblem(ConninfoSecrets.passwordMessage))
            case .sslPassword:
                return .failure(ValueProblem(ConninfoSecrets.sslPasswordMessage))
            case .malformed(let reason):
                return .failure(ValueProblem(reason))
            }
        }
    }
}
