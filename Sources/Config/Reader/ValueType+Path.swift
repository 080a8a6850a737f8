extension ValueType where Value == String {
    /// A file or folder path, with `${NAME}` replaced from the environment, so systemd's
    /// `${CREDENTIALS_DIRECTORY}/pgpass` works. Paths are taken as written: a relative path is relative to the
    /// daemon's working directory.
    static var path: ValueType<String> {
        let expected = "a path"
        return .scalar(expected: expected) { scalar, context in
            if scalar.string.isEmpty {
                return .failure(.mismatch(expected: expected, found: .scalar(scalar)))
            }
            return EnvironmentExpansion.expand(scalar.string, from: context.environment).flatMap { path in
                path.isEmpty ? .failure(ValueProblem("the path is empty once ${…} are replaced")) : .success(path)
            }
        }
    }
}
