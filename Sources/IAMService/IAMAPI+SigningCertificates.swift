import IAMEncoding
import IAMStore

/// UploadSigningCertificate, UpdateSigningCertificate, DeleteSigningCertificate and
/// ListSigningCertificates. Without a user name each acts on the caller, which for the root user
/// means the account's own certificates, as for access keys.
extension IAMAPI {
  static let signingCertificatesPerUserQuota = 2

  public func uploadSigningCertificate(userName: String?, certificateBody: String) throws -> SigningCertificate {
    return try call("UploadSigningCertificate", [("UserName", userName)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.document(certificateBody, "certificateBody", max: 16_384, what: "a certificate")
      try check.check()
      var owner = try credentialOwner(userName, action: "iam:UploadSigningCertificate", .signingCertificates)
      let certificate = try CertificateChecks.certificate(certificateBody, now: now)
      let fingerprint = Hex.encode(certificate.sha1Fingerprint)
      if try transaction.certificateId(fingerprint: fingerprint) != nil {
        throw IAMError(.duplicateCertificate, "The certificate is already associated with a user in this account.")
      }
      guard owner.ids.count < IAMAPI.signingCertificatesPerUserQuota else {
        throw IAMError.quota("CertificatesPerUser", IAMAPI.signingCertificatesPerUserQuota)
      }
      var updated = account
      let id = Base32.encode(ids.bytes(20, account: &updated))
      changeAccount { $0 = updated }
      let record = SigningCertificateRecord(
        id: id, userName: owner.user?.name, body: certificateBody, status: "Active", uploadDate: now.iso8601,
        fingerprint: fingerprint)
      transaction.put(record)
      transaction.putCertificateFingerprint(fingerprint, id: id)
      owner.ids.append(id)
      save(owner, .signingCertificates)
      return describe(record)
    }
  }

  public func updateSigningCertificate(userName: String?, certificateId: String, status: String) throws {
    try call(
      "UpdateSigningCertificate", [("UserName", userName), ("CertificateId", certificateId), ("Status", status)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.certificateId(certificateId)
      check.enumeration(status, "status", ["Active", "Inactive"])
      try check.check()
      let owner = try credentialOwner(userName, action: "iam:UpdateSigningCertificate", .signingCertificates)
      var record = try ownedCertificate(certificateId, of: owner)
      record.status = status
      transaction.put(record)
    }
  }

  public func deleteSigningCertificate(userName: String?, certificateId: String) throws {
    try call("DeleteSigningCertificate", [("UserName", userName), ("CertificateId", certificateId)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.certificateId(certificateId)
      try check.check()
      var owner = try credentialOwner(userName, action: "iam:DeleteSigningCertificate", .signingCertificates)
      let record = try ownedCertificate(certificateId, of: owner)
      transaction.delete(SigningCertificateRecord.self, named: record.id)
      transaction.removeCertificateFingerprint(record.fingerprint)
      owner.ids.removeAll { $0 == record.id }
      save(owner, .signingCertificates)
    }
  }

  public func listSigningCertificates(userName: String?, marker: String?, maxItems: Int?) throws -> Page<SigningCertificate> {
    return try call(
      "ListSigningCertificates", [("UserName", userName), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      let owner = try credentialOwner(userName, action: "iam:ListSigningCertificates", .signingCertificates)
      return try Pagination.page(keys: ListingOrder.sorted(owner.ids), marker: marker, maxItems: maxItems) { id in
        describe(try storedCertificate(id))
      }
    }
  }

  // MARK: Shared by the operations on signing certificates

  /// A certificate of `owner`; an id of another user's certificate is as unknown as any other.
  private func ownedCertificate(_ id: String, of owner: CredentialOwner) throws -> SigningCertificateRecord {
    guard owner.ids.contains(id) else {
      throw IAMError(.noSuchEntity, "The Certificate with id \(id) cannot be found.")
    }
    return try storedCertificate(id)
  }

  private func storedCertificate(_ id: String) throws -> SigningCertificateRecord {
    guard let record = try transaction.record(SigningCertificateRecord.self, named: id) else {
      throw StoreError.damaged(
        path: transaction.absolutePath(SigningCertificateRecord.directory + "/" + id + ".json"),
        reason: "the file is missing, but its owner lists it")
    }
    return record
  }

  func describe(_ record: SigningCertificateRecord) -> SigningCertificate {
    SigningCertificate(
      userName: record.userName, certificateId: record.id, certificateBody: record.body, status: record.status,
      uploadDate: record.uploadDate)
  }
}
