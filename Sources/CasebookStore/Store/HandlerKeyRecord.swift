import GRDB

/// A handler's registered public key, as stored: custody events signed by the handler are
/// checked against it.
package struct HandlerKeyRecord: Codable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "handler_key"
    package var handler: String
    package var publicKeyPEM: String
    package var fingerprint: String
    package var createdAt: String
    /// The sequence number of the newest custody event when the key was created.
    package var registeredAfter: Int64? = nil

    package init(handler: String, publicKeyPEM: String, fingerprint: String, createdAt: String, registeredAfter: Int64? = nil) {
        self.handler = handler
        self.publicKeyPEM = publicKeyPEM
        self.fingerprint = fingerprint
        self.createdAt = createdAt
        self.registeredAfter = registeredAfter
    }
}
