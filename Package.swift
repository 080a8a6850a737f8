// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "yotqa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "yotqa", targets: ["yotqa"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        // Already under Hummingbird; named for the channel handler that answers repeated reads.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Tests only: a real CSV parser for the API's CSV files.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // C module map only: libpq from libpq-dev, found through pkg-config.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // C module map only: SHA-256 and constant-time comparison from OpenSSL's libcrypto (libssl-dev).
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // C module map only: libcurl's SMTP client (libcurl4-openssl-dev), with typed wrappers of its
        // variadic setopt and getinfo.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // sd_notify: READY, STATUS, WATCHDOG and STOPPING to systemd over its Unix socket.
        .target(name: "Systemd", swiftSettings: strict),
        // Calendar dates with no time zone: PostgreSQL's `date`, working days, month arithmetic.
        .target(name: "Dates", swiftSettings: strict),
        // A small safe wrapper of libpq: no C types in its API.
        .target(
            name: "Postgres",
            dependencies: [
                "CLibPQ", "Dates",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The configuration file: strict YAML decoding with file and line in every error.
        .target(
            name: "Config",
            dependencies: ["Dates", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // Deterministic synthetic case data in COPY text format (no database).
        .target(name: "Synthetic", dependencies: ["Dates"], swiftSettings: strict),
        // The catalogue of indicators (SQL files under sql/indicators) and the engine that runs it.
        .target(
            name: "Indicators",
            dependencies: ["Dates", "Postgres", "Judgement"],
            swiftSettings: strict
        ),
        // Thresholds, Wilson intervals, statistical process control and the alert lifecycle: pure,
        // no I/O, and nothing of ours.
        .target(name: "Judgement", swiftSettings: strict),
        // Email with no database: messages (MIME), their wording, the digest's schedule, and the
        // SMTP (libcurl) and folder transports.
        .target(name: "Mail", dependencies: ["CCurl"], swiftSettings: strict),
        // Schema yotqa: migrations, results, alerts, the audit log and the email outbox.
        .target(
            name: "Store",
            dependencies: [
                "Postgres", "Indicators", "Dates", "Judgement", "Mail",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The managers' JSON API: routes, tokens, problem responses, and the snapshot it serves from.
        .target(
            name: "API",
            dependencies: [
                "CCrypto", "Dates", "Postgres", "Indicators", "Judgement", "Store",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "yotqa",
            dependencies: [
                "Dates", "Postgres", "Config", "Synthetic", "Store", "Indicators", "API", "Mail", "Systemd",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "DatesTests", dependencies: ["Dates"], swiftSettings: strict),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "JudgementTests", dependencies: ["Judgement"], swiftSettings: strict),
        // Scratch databases on the test server, shared by the test targets that need PostgreSQL.
        .target(
            name: "TestSupport",
            dependencies: ["Postgres", "Store", .product(name: "Logging", package: "swift-log")],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "Dates"], swiftSettings: strict),
        .testTarget(name: "MailTests", dependencies: ["Mail", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SyntheticTests", dependencies: ["Synthetic"], swiftSettings: strict),
        .testTarget(
            name: "IndicatorsTests",
            dependencies: ["Indicators", "Store", "Postgres", "Dates", "Synthetic", "TestSupport"],
            swiftSettings: strict),
        // Runs the built yotqa binary end to end, as an operator would.
        .testTarget(name: "CommandTests", dependencies: ["TestSupport", "Postgres"], swiftSettings: strict),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Postgres", "Indicators", "Dates", "Judgement", "Mail", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "APITests",
            dependencies: [
                "API", "Store", "Postgres", "Indicators", "Judgement", "Dates", "Synthetic", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
