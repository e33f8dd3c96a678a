/// Sessions and their expiry markers (see `SessionRecord`).
extension Transaction {
  /// Stages a new session and its marker in the expiry directory `bucket`.
  public func putSession(_ session: SessionRecord, bucket: String) {
    put(session)
    write(StoreLayout.sessionExpiryMarker(bucket: bucket, keyId: session.id), [])
  }

  /// The names of the expiry directories, in no particular order.
  public func sessionExpiryBuckets() throws(StoreError) -> [String] {
    try list(StoreLayout.sessionExpiry)
  }

  /// The key ids of the sessions marked in the expiry directory `bucket`.
  public func sessionKeyIds(expiringIn bucket: String) throws(StoreError) -> [String] {
    try list(StoreLayout.sessionExpiryBucket(bucket))
  }

  /// Removes a session and its marker.
  public func removeSession(_ keyId: String, bucket: String) {
    delete(SessionRecord.self, named: keyId)
    remove(StoreLayout.sessionExpiryMarker(bucket: bucket, keyId: keyId))
  }

  /// Removes an expiry directory once its markers are gone.
  public func removeSessionExpiryBucket(_ bucket: String) {
    removeDirectory(StoreLayout.sessionExpiryBucket(bucket))
  }
}
