import IAMEncoding
import IAMStore

/// UploadServerCertificate, GetServerCertificate, UpdateServerCertificate,
/// DeleteServerCertificate and ListServerCertificates.
extension IAMAPI {
  public func uploadServerCertificate(
    serverCertificateName: String, path: String?, certificateBody: String, privateKey: String,
    certificateChain: String?
  ) throws -> ServerCertificateMetadata {
    // The key is a secret: -d names the call, never the key.
    return try call("UploadServerCertificate", [("ServerCertificateName", serverCertificateName), ("Path", path)]) {
      var check = ParameterValidation()
      check.name(serverCertificateName, "serverCertificateName", max: 128)
      check.path(path)
      check.document(certificateBody, "certificateBody", max: 16_384, what: "a certificate")
      check.document(privateKey, "privateKey", max: 16_384, what: "a private key")
      check.document(certificateChain, "certificateChain", max: 2_097_152, what: "a certificate chain", required: false)
      try check.check()
      let path = path ?? "/"
      try authorize("iam:UploadServerCertificate", on: arn(.serverCertificate, path: path, name: serverCertificateName))
      try ensureRoom(for: ServerCertificateRecord.self, named: serverCertificateName, .serverCertificate, .serverCertificates)
      let certificate = try CertificateChecks.certificate(certificateBody, now: now)
      try CertificateChecks.privateKey(privateKey, matches: certificate)
      if let certificateChain { _ = try CertificateChecks.chain(certificateChain, for: certificate) }
      var updated = account
      let record = ServerCertificateRecord(
        name: serverCertificateName, path: path, id: ids.uniqueId(prefix: "ASCA", account: &updated),
        uploadDate: now.iso8601, expiration: Timestamp(seconds: certificate.notAfter).iso8601, body: certificateBody,
        chain: certificateChain)
      changeAccount {
        $0 = updated
        $0.adjustCount(of: AccountQuota.serverCertificates.countKey, by: 1)
      }
      transaction.put(record)
      return describe(record)
    }
  }

  public func getServerCertificate(serverCertificateName: String) throws -> ServerCertificate {
    return try call("GetServerCertificate", [("ServerCertificateName", serverCertificateName)]) {
      try validateName(serverCertificateName)
      let record = try requireServerCertificate(serverCertificateName, action: "iam:GetServerCertificate")
      return ServerCertificate(metadata: describe(record), certificateBody: record.body, certificateChain: record.chain)
    }
  }

  /// A rename keeps the certificate's id; IAM requires the permission on the old and the new ARN.
  public func updateServerCertificate(serverCertificateName: String, newPath: String?, newServerCertificateName: String?) throws {
    try call(
      "UpdateServerCertificate",
      [
        ("ServerCertificateName", serverCertificateName), ("NewPath", newPath),
        ("NewServerCertificateName", newServerCertificateName),
      ]) {
      var check = ParameterValidation()
      check.name(serverCertificateName, "serverCertificateName", max: 128)
      check.path(newPath, "newPath")
      check.name(newServerCertificateName, "newServerCertificateName", max: 128, required: false)
      try check.check()
      var record = try requireServerCertificate(serverCertificateName, action: "iam:UpdateServerCertificate")
      let targetName = newServerCertificateName ?? record.name
      let targetPath = newPath ?? record.path
      if newServerCertificateName != nil || newPath != nil {
        try authorize("iam:UpdateServerCertificate", on: arn(.serverCertificate, path: targetPath, name: targetName))
      }
      if let newServerCertificateName, newServerCertificateName != record.name,
        let taken = try transaction.record(ServerCertificateRecord.self, named: newServerCertificateName),
        taken.id != record.id
      {
        throw EntityKind.serverCertificate.alreadyExists(newServerCertificateName)
      }
      transaction.delete(ServerCertificateRecord.self, named: record.name)
      record.name = targetName
      record.path = targetPath
      transaction.put(record)
    }
  }

  public func deleteServerCertificate(serverCertificateName: String) throws {
    try call("DeleteServerCertificate", [("ServerCertificateName", serverCertificateName)]) {
      try validateName(serverCertificateName)
      let record = try requireServerCertificate(serverCertificateName, action: "iam:DeleteServerCertificate")
      transaction.delete(ServerCertificateRecord.self, named: record.name)
      count(.serverCertificates, -1)
    }
  }

  public func listServerCertificates(pathPrefix: String?, marker: String?, maxItems: Int?) throws -> Page<ServerCertificateMetadata> {
    return try call(
      "ListServerCertificates",
      [("PathPrefix", pathPrefix), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.pathPrefix(pathPrefix)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize("iam:ListServerCertificates", on: "arn:aws:iam::\(account.accountId):server-certificate\(pathPrefix ?? "/")")
      return try listEntities(ServerCertificateRecord.self, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems) {
        describe($0)
      }
    }
  }

  // MARK: Shared by the operations on server certificates

  private func validateName(_ name: String) throws {
    var check = ParameterValidation()
    check.name(name, "serverCertificateName", max: 128)
    try check.check()
  }

  /// Loads a server certificate, authorizing `action` on its ARN first, so that a refused
  /// caller learns nothing about which names exist.
  func requireServerCertificate(_ name: String, action: String) throws -> ServerCertificateRecord {
    let record = try lookUp(ServerCertificateRecord.self, name)
    try authorize(action, on: arn(.serverCertificate, path: record?.path ?? "/", name: record?.name ?? name))
    guard let record else { throw EntityKind.serverCertificate.notFound(name) }
    return record
  }

  func describe(_ record: ServerCertificateRecord) -> ServerCertificateMetadata {
    ServerCertificateMetadata(
      path: record.path, serverCertificateName: record.name, serverCertificateId: record.id,
      arn: arn(.serverCertificate, path: record.path, name: record.name), uploadDate: record.uploadDate,
      expiration: record.expiration)
  }
}

extension ServerCertificateRecord: PathHolding {}
