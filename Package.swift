// swift-tools-version:6.0
import PackageDescription

// Release builds are fully static: start-up time is most of what a command costs, and a static
// executable starts in about half the time of one that loads the Swift runtime dynamically.
// lld with --no-warnings keeps the build quiet about glibc's dlopen notice, which comes from the
// toolchain's own runtime and cannot apply to a program that never calls dlopen.
// The functions typical commands run are placed together at the start of the code, in the order
// linker/hot-functions.txt gives (scripts/generate-hot-functions writes it): a command then
// touches a few dozen pages of the binary rather than pages all over its 28 MB. A name the list
// has and the program no longer does is passed over.
let staticRelease: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-static-executable", "-use-ld=lld", "-Xlinker", "--no-warnings",
      "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/linker/hot-functions.txt",
    ],
    .when(platforms: [.linux], configuration: .release))
]

// Release code gets the metadata of a concrete generic type ([OptionSpec], [String: JSONValue]) from
// the type's accessor rather than by its mangled name: decoding the name and checking the type's
// requirements at run time (each a scan of every protocol conformance in the program) cost a
// quarter of what a command executes, paid again on every run.
let directMetadata: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

let package = Package(
  name: "iam-sim",
  products: [
    .executable(name: "iam", targets: ["iam"])
  ],
  targets: [
    // Layers, each depending only on the ones below it (product.md, "Architecture").
    .executableTarget(
      name: "iam", dependencies: ["IAMCLI"], swiftSettings: directMetadata, linkerSettings: staticRelease),
    .target(
      name: "IAMCLI", dependencies: ["IAMService", "IAMStore", "IAMPolicy", "IAMEncoding", "IAMData"],
      swiftSettings: directMetadata),
    .target(
      name: "IAMService", dependencies: ["IAMStore", "IAMPolicy", "IAMEncoding", "IAMData"],
      swiftSettings: directMetadata),
    .target(name: "IAMStore", dependencies: ["IAMEncoding"], swiftSettings: directMetadata),
    .target(name: "IAMPolicy", dependencies: ["IAMEncoding"], swiftSettings: directMetadata),
    .target(name: "IAMEncoding", swiftSettings: directMetadata),
    // Generated data the product carries: the catalogue of AWS managed policies.
    .target(name: "IAMData", swiftSettings: directMetadata),

    // Test helpers shared by the test targets: openssl fixtures.
    .target(name: "IAMTestSupport", path: "Tests/Support"),
    .testTarget(name: "IAMEncodingTests", dependencies: ["IAMEncoding"]),
    .testTarget(name: "IAMPolicyTests", dependencies: ["IAMPolicy"]),
    .testTarget(name: "IAMDataTests", dependencies: ["IAMData", "IAMPolicy"]),
    .testTarget(name: "IAMStoreTests", dependencies: ["IAMStore"]),
    .testTarget(name: "IAMServiceTests", dependencies: ["IAMService", "IAMTestSupport"]),
    .testTarget(
      name: "IAMCLITests", dependencies: ["IAMCLI", "IAMTestSupport"],
      exclude: ["Transcripts"]),
    // Runs the built binary: depending on the executable makes `swift test` build it first.
    .testTarget(name: "EndToEndTests", dependencies: ["iam", "IAMTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
