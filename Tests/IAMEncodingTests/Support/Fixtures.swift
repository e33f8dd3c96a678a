import Foundation
import Testing

/// Keys and certificates made by openssl when a test first asks for them, with openssl's own
/// account of each (`*.info`, `*.modulus`, `*.spki`, `*.curve`); nothing generated is committed.
/// The 4096-bit RSA key takes seconds to make, so it has its own batch that only its test waits for.
enum Fixtures {
  private static let standardBatch = OpenSSL.tool.job(script: helpers + "\n" + standardScript)
  private static let largeRSABatch = OpenSSL.tool.job(script: helpers + "\nrsa_key rsa4096 4096\n")

  static func standard() async throws -> FixtureFiles { try FixtureFiles(await standardBatch.outcome.get()) }
  static func largeRSA() async throws -> FixtureFiles { try FixtureFiles(await largeRSABatch.outcome.get()) }

  private static let helpers = #"""
    # openssl's own account of a key, its public half as DER, to compare with what the reader finds.
    describe_key() {
      openssl pkey -in "$1" -pubout -outform DER -out "$1.spki"
    }
    rsa_key() {
      openssl genrsa -traditional -out "$1.pkcs1.pem" "$2" 2>/dev/null
      openssl pkey -in "$1.pkcs1.pem" -out "$1.pkcs8.pem"
      openssl rsa -in "$1.pkcs8.pem" -traditional -out "$1.traditional.pem" 2>/dev/null
      openssl rsa -in "$1.pkcs1.pem" -noout -modulus > "$1.modulus"
      describe_key "$1.pkcs1.pem"
    }
    ec_key() {
      openssl ecparam -name "$2" -genkey -out "$1.ecparam.pem"
      openssl ec -in "$1.ecparam.pem" -out "$1.sec1.pem" 2>/dev/null
      openssl pkey -in "$1.sec1.pem" -out "$1.pkcs8.pem"
      openssl ec -in "$1.sec1.pem" -conv_form compressed -out "$1.compressed.pem" 2>/dev/null
      openssl ec -in "$1.sec1.pem" -no_public -out "$1.nopublic.pem" 2>/dev/null
      openssl ec -in "$1.sec1.pem" -noout -text 2>/dev/null | sed -n 's/^NIST CURVE: //p' > "$1.curve"
      describe_key "$1.sec1.pem"
    }
    describe_cert() {
      openssl x509 -in "$1" -noout -serial -subject -issuer -dates -dateopt iso_8601 -fingerprint -sha1 \
        -nameopt RFC2253,-esc_msb > "$1.info"
      openssl x509 -in "$1" -noout -text | sed -n 's/^ *Version: \([0-9]\).*/version=\1/p' >> "$1.info"
      openssl x509 -in "$1" -noout -pubkey | openssl pkey -pubin -outform DER -out "$1.spki"
      openssl x509 -in "$1" -outform DER -out "$1.der"
    }
    """#

  private static let standardScript = #"""
    rsa_key rsa1024 1024
    rsa_key rsa2048 2048
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -pkeyopt rsa_keygen_pubexp:3 -out rsa-e3.pkcs8.pem 2>/dev/null
    ec_key p256 prime256v1
    ec_key p384 secp384r1
    ec_key p521 secp521r1
    openssl genpkey -algorithm ED25519 -out ed25519.pkcs8.pem 2>/dev/null
    openssl ecparam -name prime256v1 -genkey -noout -out other-p256.pem
    openssl ec -in p256.sec1.pem -param_enc explicit -out explicit-p256.sec1.pem 2>/dev/null
    openssl pkey -in explicit-p256.sec1.pem -out explicit-p256.pkcs8.pem

    openssl pkey -in rsa1024.pkcs1.pem -aes256 -passout pass:x -out encrypted.pkcs8.pem
    openssl rsa -in rsa1024.pkcs1.pem -aes256 -traditional -passout pass:x -out encrypted.pkcs1.pem 2>/dev/null
    openssl ec -in p256.sec1.pem -aes256 -passout pass:x -out encrypted.sec1.pem 2>/dev/null

    # A self-signed version 3 certificate; a CA on P-256 and a version 1 leaf it signs, with a serial
    # whose top bit is set and an end date past 2049 (a GeneralizedTime); the chain of the two.
    openssl req -x509 -new -key rsa2048.pkcs1.pem -subj /CN=x -days 1 -out self.crt
    openssl req -x509 -new -key p256.sec1.pem -subj "/C=US/O=Example, Inc./CN=Example CA" -days 3650 -out ca.crt
    openssl req -new -key rsa1024.pkcs1.pem -subj /CN=leaf -out leaf.csr
    openssl x509 -req -in leaf.csr -CA ca.crt -CAkey p256.sec1.pem -set_serial 0xFF01 -days 15000 -out leaf.crt 2>/dev/null
    cat leaf.crt ca.crt > chain.pem
    openssl req -x509 -new -key p384.compressed.pem -subj /CN=compressed -days 1 -out p384-compressed.crt
    openssl req -x509 -new -key ed25519.pkcs8.pem -subj /CN=ed -days 1 -out ed25519.crt
    openssl req -x509 -new -key p256.sec1.pem -utf8 -days 1 -out names.crt \
      -subj '/DC=com/DC=example/O=#hash/OU=a\+b;<x>"q"/CN=Zoë Ünïcødé+UID=u1/emailAddress=a@b.c'

    # Validity outside today, set with `openssl ca`: this openssl's x509 has no -not_after.
    mkdir db && : > db/index.txt && echo 01 > db/serial
    printf '%s\n' '[ca]' 'default_ca = test' '[test]' 'database = db/index.txt' 'new_certs_dir = db' \
      'serial = db/serial' 'default_md = sha256' 'policy = anything' 'unique_subject = no' \
      '[anything]' 'commonName = supplied' > ca.cnf
    openssl ca -batch -config ca.cnf -cert ca.crt -keyfile p256.sec1.pem -in leaf.csr -notext \
      -startdate 200101000000Z -enddate 200102000000Z -out expired.crt 2>/dev/null
    openssl ca -batch -config ca.cnf -cert ca.crt -keyfile p256.sec1.pem -in leaf.csr -notext \
      -startdate 19491231235959Z -enddate 20510101000000Z -out centuries.crt 2>/dev/null
    rm -r db ca.cnf leaf.csr

    for certificate in *.crt; do describe_cert "$certificate"; done
    """#
}

/// The files of one batch, by name; a missing one fails the test that asks for it.
struct FixtureFiles: Sendable {
  private let files: [String: [UInt8]]

  init(_ files: [String: [UInt8]]) { self.files = files }

  func bytes(_ name: String) throws -> [UInt8] {
    try #require(files[name], "openssl made no file \(name)")
  }

  func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }

  /// The `name=value` lines openssl prints (`serial=...`, `notAfter=...`), by name.
  func fields(_ name: String) throws -> [String: String] {
    var fields: [String: String] = [:]
    for line in try text(name).split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    return fields
  }
}
