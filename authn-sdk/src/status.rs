//! The `status` of a Pangea envelope.

use crate::open_enum::open_enum;

open_enum! {
    /// The `status` of a Pangea envelope.
    ///
    /// Each variant's documentation says whether Pangea's published material (its AuthN status
    /// table, or its SDKs) confirms the status, or whether it is not confirmed yet: the status
    /// this SDK's emulator answers where Pangea's is not published. Any other string reaches you
    /// intact as [`PangeaStatus::Other`]; `Success` is recognised in any letter case (Pangea's
    /// docs show both `Success` and `success`).
    ///
    /// A status compares equal to its wire string, so a comparison keeps working when a later
    /// version of the SDK adds the variant:
    ///
    /// ```
    /// use authn_sdk::PangeaStatus;
    ///
    /// assert_eq!("DisabledUser".parse::<PangeaStatus>(), Ok(PangeaStatus::DisabledUser));
    /// assert_eq!(PangeaStatus::UserExists, "UserExists");
    /// assert_eq!(PangeaStatus::from("success"), PangeaStatus::Success);
    /// let unknown = PangeaStatus::from("QuotaExceeded");
    /// assert_eq!(unknown, "QuotaExceeded");
    /// assert_eq!(unknown.as_str(), "QuotaExceeded");
    /// ```
    pub enum PangeaStatus {
        /// The call succeeded.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        Success = "Success",
        /// The request was accepted for later processing (HTTP 202).
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        Accepted = "Accepted",
        /// The request breaks the schema; see [`Error::field_errors`](crate::Error::field_errors).
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        ValidationError = "ValidationError",
        /// Rate limited.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        TooManyRequests = "TooManyRequests",
        /// The project has no credit left.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        NoCredit = "NoCredit",
        /// The service token is missing, wrong, or not allowed to use AuthN.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        Unauthorized = "Unauthorized",
        /// AuthN is not enabled for the project.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        ServiceNotEnabled = "ServiceNotEnabled",
        /// An upstream provider failed.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        ProviderError = "ProviderError",
        /// The token lacks the scope of the config id.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        MissingConfigIdScope = "MissingConfigIDScope",
        /// A config id is required.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        MissingConfigId = "MissingConfigID",
        /// The service is temporarily unavailable.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        ServiceNotAvailable = "ServiceNotAvailable",
        /// The resource (for instance a polled request) does not exist.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        NotFound = "NotFound",
        /// The service failed.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        InternalError = "InternalError",
        /// A generic failure.
        ///
        /// Confirmed: a status of every Pangea service (Pangea's SDKs).
        Failed = "Failed",
        /// An agreement that already exists was created again.
        ///
        /// Confirmed: Pangea's AuthN status table.
        AgreementExists = "AgreementExists",
        /// A published agreement was edited or deleted.
        ///
        /// Confirmed: Pangea's AuthN status table.
        AgreementPublished = "AgreementPublished",
        /// A wrong password, social id or OTP code.
        ///
        /// Confirmed: Pangea's AuthN status table.
        AuthenticationFailure = "AuthenticationFailure",
        /// `first_name` cannot be deleted from a profile.
        ///
        /// Confirmed: Pangea's AuthN status table.
        CantDeleteFirstName = "CantDeleteFirstName",
        /// `last_name` cannot be deleted from a profile.
        ///
        /// Confirmed: Pangea's AuthN status table.
        CantDeleteLastName = "CantDeleteLastName",
        /// `phone` cannot be deleted while SMS OTP is enabled.
        ///
        /// Confirmed: Pangea's AuthN status table.
        CantDeletePhone = "CantDeletePhone",
        /// The token cannot be refreshed (again).
        ///
        /// Confirmed: Pangea's AuthN status table.
        CantRefreshToken = "CantRefreshToken",
        /// The user does not support passwords.
        ///
        /// Confirmed: Pangea's AuthN status table.
        CantSetPassword = "CantSetPassword",
        /// The user signed up and must verify their email.
        ///
        /// Confirmed: Pangea's AuthN status table.
        CheckEmail = "CheckEmail",
        /// A wrong client secret.
        ///
        /// Confirmed: Pangea's AuthN status table.
        ClientAuthenticationFailure = "ClientAuthenticationFailure",
        /// A config that already exists was created again.
        ///
        /// Confirmed: Pangea's AuthN status table.
        ConfigExists = "ConfigExists",
        /// The token has been disabled.
        ///
        /// Confirmed: Pangea's AuthN status table.
        DisabledToken = "DisabledToken",
        /// The user has been disabled.
        ///
        /// Confirmed: Pangea's AuthN status table.
        DisabledUser = "DisabledUser",
        /// The domain is already registered.
        ///
        /// Confirmed: Pangea's AuthN status table.
        DomainExists = "DomainExists",
        /// The CNAME of the login domain does not match.
        ///
        /// Confirmed: Pangea's AuthN status table.
        DomainVerificationFailure = "DomainVerificationFailure",
        /// An OTP code was used twice.
        ///
        /// Confirmed: Pangea's AuthN status table.
        DuplicateOtpCode = "DuplicateOTPCode",
        /// The operation needs the user to have an email address.
        ///
        /// Confirmed: Pangea's AuthN status table.
        EmailRequired = "EmailRequired",
        /// The token has expired.
        ///
        /// Confirmed: Pangea's AuthN status table.
        ExpiredToken = "ExpiredToken",
        /// The user was provisioned with another authentication provider.
        ///
        /// Confirmed: Pangea's AuthN status table.
        IncorrectAuthenticationProvider = "IncorrectAuthenticationProvider",
        /// The agreement does not exist.
        ///
        /// Confirmed: Pangea's AuthN status table.
        InvalidAgreement = "InvalidAgreement",
        /// The authentication provider cannot be configured that way.
        ///
        /// Confirmed: Pangea's AuthN status table.
        InvalidAuthenticationProvider = "InvalidAuthenticationProvider",
        /// No user matches the selector.
        ///
        /// Not confirmed yet: Pangea does not publish its status for a missing user; the emulator answers this.
        UserNotFound = "UserNotFound",
        /// The email address or username is already taken.
        ///
        /// Not confirmed yet: Pangea does not publish its status for a duplicate user; the emulator answers this.
        UserExists = "UserExists",
        /// The login code is unknown, expired or already used.
        ///
        /// Not confirmed yet: Pangea does not publish its status for a bad login code; the emulator answers this.
        InvalidCode = "InvalidCode",
        /// The token is unknown.
        ///
        /// Not confirmed yet: seen in Pangea's React client code, not in its documentation; the emulator answers this.
        InvalidToken = "InvalidToken",
        /// The user has no authenticator with this id.
        ///
        /// Not confirmed yet: the emulator answers this.
        AuthenticatorNotFound = "AuthenticatorNotFound",
        /// The MFA code has expired.
        ///
        /// Not confirmed yet: seen in Pangea's React client code, not in its documentation.
        MfaCodeExpired = "MfaCodeExpired",
        /// A login was blocked as impossible travel.
        ///
        /// Not confirmed yet: seen in Pangea's React client code, not in its documentation.
        TravelDistanceExceeded = "TravelDistanceExceeded",
        /// The request used an HTTP method the path does not take (HTTP 405).
        ///
        /// Not confirmed yet: the emulator answers this.
        MethodNotAllowed = "MethodNotAllowed",
        /// The request's `Content-Type` is not `application/json` (HTTP 415).
        ///
        /// Not confirmed yet: the emulator answers this.
        UnsupportedMediaType = "UnsupportedMediaType",
        /// The request body is too large (HTTP 413).
        ///
        /// Not confirmed yet: the emulator answers this.
        PayloadTooLarge = "PayloadTooLarge",
        /// The request body did not arrive in time (HTTP 408).
        ///
        /// Not confirmed yet: the emulator answers this.
        RequestTimeout = "RequestTimeout",
        /// No session has this id, or not one of this user's.
        ///
        /// Not confirmed yet: Pangea does not publish its status for an unknown session; the emulator answers this.
        SessionNotFound = "SessionNotFound",
        /// No invitation has this id.
        ///
        /// Not confirmed yet: Pangea does not publish its status for an unknown invitation; the emulator answers this.
        InviteNotFound = "InviteNotFound",
        /// The user's password has expired (`user/password/expire`): it must be changed before the next login.
        ///
        /// Not confirmed yet: Pangea does not publish its status for this case; the emulator answers this.
        PasswordExpired = "PasswordExpired",
        /// A failure scripted in the emulator (`fail_next`) with an HTTP status that has no Pangea name.
        ///
        /// Not a Pangea status: only the emulator answers it.
        InjectedFault = "InjectedFault",
        /// The emulator was asked for a state snapshot, but runs without a state file.
        ///
        /// Not a Pangea status: only the emulator's admin route answers it.
        NoStateFile = "NoStateFile",
    }
    parse_known = PangeaStatus::lenient;
}

impl PangeaStatus {
    /// `Success` in any letter case; every other status exactly as written.
    fn lenient(s: &str) -> Option<Self> {
        if s.eq_ignore_ascii_case("success") {
            return Some(PangeaStatus::Success);
        }
        Self::known(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_status_round_trips_and_equals_its_wire_string() {
        for status in PangeaStatus::KNOWN {
            assert_eq!(&PangeaStatus::from(status.as_str()), status);
            assert_eq!(&PangeaStatus::from(status.as_str().to_string()), status);
            assert_eq!(*status, status.as_str());
            assert_eq!(status.as_str(), *status);
            assert!(!matches!(status, PangeaStatus::Other(_)));
        }
        assert_eq!(PangeaStatus::KNOWN.len(), 51);
    }

    #[test]
    fn unknown_statuses_are_kept_intact() {
        for s in ["UserLocked", "success2", "userexists", ""] {
            let status = PangeaStatus::from(s);
            assert!(
                matches!(&status, PangeaStatus::Other(u) if u.as_str() == s),
                "{s}"
            );
            assert_eq!(status, s);
            assert_ne!(status, "UserExists");
        }
        assert_eq!(PangeaStatus::from("SUCCESS"), PangeaStatus::Success);
        assert_eq!(PangeaStatus::Success, "success");
        assert_eq!(
            PangeaStatus::from("DuplicateOTPCode"),
            PangeaStatus::DuplicateOtpCode
        );
        assert_ne!(PangeaStatus::UserExists, "UserNotFound");
    }

    #[test]
    fn the_emulators_statuses_have_variants() {
        for s in [
            "UserNotFound",
            "UserExists",
            "InvalidCode",
            "InvalidToken",
            "AuthenticatorNotFound",
            "MethodNotAllowed",
            "UnsupportedMediaType",
            "PayloadTooLarge",
            "RequestTimeout",
            "SessionNotFound",
            "InviteNotFound",
            "PasswordExpired",
            "InjectedFault",
            "NoStateFile",
            "CantRefreshToken",
            "ExpiredToken",
            "DisabledUser",
        ] {
            assert!(
                !matches!(PangeaStatus::from(s), PangeaStatus::Other(_)),
                "{s}"
            );
        }
    }
}
