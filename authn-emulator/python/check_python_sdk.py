#!/usr/bin/env python3
"""Check that Pangea's official Python SDK (`pangea-sdk`) works against authn-emulator.

Runs the ten AuthN user calls and the thirteen session, token, invite and password-expiry calls
(`client.token_endpoints.check`, `client.session.refresh/logout/list/invalidate`, `client.jwks`,
`session.list/invalidate/logout`, `user.invite`, `user.invites.list/delete`,
`client.password.expire`) through `pangea.services.AuthN` against a running emulator, plus
one call the emulator is scripted to fail once (which the SDK retries) and one it accepts with a
202 (which the SDK polls), and asserts, for each, that the response is a success and that the
SDK decoded the typed result with the expected values. Exits non-zero at the first failure, naming the call and showing the
response (or the exception).

Usage:
    check_python_sdk.py [BASE_URL] [TOKEN]
    AUTHN_EMULATOR_URL=http://127.0.0.1:4010 AUTHN_EMULATOR_TOKEN=pts_... check_python_sdk.py

`run.sh` next to this file starts an emulator and runs this script for you.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
import traceback
import urllib.error
import urllib.request
from typing import Any, Callable

import pangea
import pangea.request
from pangea import PangeaConfig
from pangea.exceptions import PangeaAPIException
from pangea.response import PangeaResponse
from pangea.services import AuthN
from pangea.services.authn import models as m

# The last HTTP answer the SDK received, to show the raw body when the SDK cannot decode it.
_last_http: dict[str, Any] = {}
_sdk_send = pangea.request.PangeaHTTPAdapter.send


def _recording_send(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
    response = _sdk_send(self, request, *args, **kwargs)
    _last_http.update(url=request.url, status=response.status_code, body=response.text)
    return response


pangea.request.PangeaHTTPAdapter.send = _recording_send  # type: ignore[method-assign]

# The SDK logs every non-Success answer as an error; the expected refusals checked below would
# clutter the output, and a failure prints its response anyway.
logging.getLogger("pangea").addHandler(logging.NullHandler())


class CheckFailed(Exception):
    """One check went wrong: the call, what was expected, and the response."""

    def __init__(self, call: str, problem: str, response: Any = None) -> None:
        super().__init__(f"{call}: {problem}")
        self.call = call
        self.problem = problem
        self.response = response


def describe(response: Any) -> str:
    """The response as the SDK saw it: the raw JSON envelope when there is one."""
    if isinstance(response, str):
        return response
    if isinstance(response, PangeaResponse):
        try:
            return json.dumps(response.json, indent=2, default=str)
        except Exception:  # noqa: BLE001 - best effort, for a failure message
            return repr(response)
    return repr(response)


class Checker:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        # The emulator serves at the root: `base_url_template` has no `{SERVICE_NAME}`, so the
        # SDK's `_url` (`URL(template.format(SERVICE_NAME=...)) / "v2/user/create"`) gives
        # http://127.0.0.1:PORT/v2/user/create. Plain http:// is kept as given.
        # No retries: a failure must show at once, not after backoff.
        config = PangeaConfig(base_url_template=self.base_url, request_retries=0)
        self.authn = AuthN(token, config=config)
        self.call = ""
        self.response: Any = None

    # -- helpers -------------------------------------------------------------------------------

    def fail(self, problem: str) -> None:
        raise CheckFailed(self.call, problem, self.response)

    def expect(self, condition: bool, problem: str) -> None:
        if not condition:
            self.fail(problem)

    def equal(self, what: str, got: Any, want: Any) -> None:
        self.expect(got == want, f"{what}: got {got!r}, want {want!r}")

    def run(self, call: str, thunk: Callable[[], PangeaResponse], result_type: type | None) -> Any:
        """Makes one SDK call; checks the envelope and the type of the decoded result.

        `result_type=None` is an empty result: the service answers `"result": null` (the emulator
        does so as the live service does), which the SDK returns as `None`.
        """
        self.call = call
        self.response = None
        _last_http.clear()
        try:
            response = thunk()
        except PangeaAPIException as e:
            self.response = e.response
            self.fail(f"the SDK raised {type(e).__name__}: {e}")
        except Exception as e:  # noqa: BLE001 - any SDK/pydantic error is a failed check
            self.response = f"HTTP {_last_http.get('status')} from {_last_http.get('url')}:\n{_last_http.get('body')}"
            self.fail(f"the SDK raised {type(e).__name__}: {e}\n{traceback.format_exc()}")
        self.response = response
        self.expect(response.success, f"response.success is {response.success!r}")
        self.equal("response.status", response.status, "Success")
        self.equal("HTTP status", response.http_status, 200)
        self.expect(bool(response.request_id), "response.request_id is empty")
        if result_type is None:
            self.expect(response.result is None, f"response.result is {response.result!r}, want None")
        else:
            self.expect(
                isinstance(response.result, result_type),
                f"response.result is {type(response.result).__name__}, want {result_type.__name__}",
            )
        return response.result

    def admin(self, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
        """Calls an emulator-only admin route with plain urllib (GET without a body); returns
        `result`."""
        self.call = f"admin {path}"
        self.response = None
        request = urllib.request.Request(
            f"{self.base_url}{path}",
            data=None if body is None else json.dumps(body).encode(),
            method="GET" if body is None else "POST",
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                envelope = json.load(answer)
        except urllib.error.HTTPError as e:
            self.response = e.read().decode(errors="replace")
            self.fail(f"HTTP {e.code}")
        self.response = envelope
        self.equal("status", envelope.get("status"), "Success")
        result = envelope.get("result")
        self.expect(isinstance(result, dict), "result is not an object")
        return result

    def calls(self, operation: str) -> int:
        """How many calls of `operation` the emulator has counted."""
        return int(self.admin("/_emulator/faults", None)["calls"].get(operation, 0))

    def ok(self, detail: str) -> None:
        print(f"ok   {self.call:<32} {detail}", flush=True)

    def check_user(self, user: m.User, *, id: str | None = None, email: str, profile: dict[str, str],
                   disabled: bool) -> None:
        self.expect(isinstance(user.id, str) and user.id.startswith("pui_"), f"result.id is {user.id!r}")
        if id is not None:
            self.equal("result.id", user.id, id)
        self.equal("result.email", user.email, email)
        self.expect(isinstance(user.username, str) and user.username != "",
                    f"result.username is {user.username!r}")
        self.equal("result.profile", user.profile, profile)
        self.equal("result.disabled", user.disabled, disabled)
        self.expect(isinstance(user.verified, bool), f"result.verified is {user.verified!r}")
        self.expect(isinstance(user.created_at, str) and user.created_at != "",
                    f"result.created_at is {user.created_at!r}")
        self.expect(isinstance(user.login_count, int), f"result.login_count is {user.login_count!r}")

    # -- the ten calls -------------------------------------------------------------------------

    def check_all(self) -> None:
        tag = secrets.token_hex(6)
        email = f"py-sdk-{tag}@example.com"
        other_email = f"py-other-{tag}@example.com"
        profile = {"first_name": "Joe", "last_name": "User"}
        password, new_password = "My1s+Password", "My2n+Password"

        # 1. user.create
        user = self.run("user.create", lambda: self.authn.user.create(email=email, profile=profile),
                        m.UserCreateResult)
        self.check_user(user, email=email, profile=profile, disabled=False)
        user_id = user.id
        self.ok(f"id={user_id} username={user.username!r}")

        # A second user, for user.list's filter to leave out.
        self.call = "user.create (second user)"
        other = self.run(self.call, lambda: self.authn.user.create(email=other_email, profile={"first_name": "Ann"}),
                         m.UserCreateResult)
        self.check_user(other, email=other_email, profile={"first_name": "Ann"}, disabled=False)
        self.ok(f"id={other.id}")

        # 2. user.profile.get
        got = self.run("user.profile.get", lambda: self.authn.user.profile.get(email=email), m.UserProfileGetResult)
        self.check_user(got, id=user_id, email=email, profile=profile, disabled=False)
        self.ok(f"id={got.id} profile={got.profile}")

        # A retried call: the emulator is scripted to fail the next profile.get with a 503, and
        # an SDK allowed one retry makes the call twice and succeeds.
        self.admin("/_emulator/faults/fail", {"operation": "user_profile_get", "count": 1, "status": 503})
        before = self.calls("user_profile_get")
        retrying = AuthN(self.token, config=PangeaConfig(base_url_template=self.base_url, request_retries=1,
                                                         request_backoff=0.05))
        got = self.run("user.profile.get (retried)", lambda: retrying.user.profile.get(email=email),
                       m.UserProfileGetResult)
        self.check_user(got, id=user_id, email=email, profile=profile, disabled=False)
        self.equal("calls of user_profile_get", self.calls("user_profile_get") - before, 2)
        self.call = "user.profile.get (retried)"
        self.ok("a 503, retried once, then the user")

        # A polled call: the next profile.get is accepted with a 202 and resolved on the second
        # poll of request/{id}, which the SDK makes by itself.
        self.admin("/_emulator/faults/accept", {"operation": "user_profile_get", "polls": 2})
        polls_before = self.calls("request_poll")
        got = self.run("user.profile.get (polled)", lambda: self.authn.user.profile.get(email=email),
                       m.UserProfileGetResult)
        self.check_user(got, id=user_id, email=email, profile=profile, disabled=False)
        self.equal("polls of request/{id}", self.calls("request_poll") - polls_before, 2)
        self.call = "user.profile.get (polled)"
        self.ok("a 202, polled twice, then the user")

        # 3. user.update: disable, then enable again
        updated = self.run("user.update(disabled=True)", lambda: self.authn.user.update(id=user_id, disabled=True),
                           m.UserUpdateResult)
        self.check_user(updated, id=user_id, email=email, profile=profile, disabled=True)
        self.ok(f"disabled={updated.disabled}")
        updated = self.run("user.update(disabled=False)", lambda: self.authn.user.update(email=email, disabled=False),
                           m.UserUpdateResult)
        self.check_user(updated, id=user_id, email=email, profile=profile, disabled=False)
        self.ok(f"disabled={updated.disabled}")

        # 4. user.profile.update: set a key; the others stay
        profile = {**profile, "nickname": "joey"}
        edited = self.run("user.profile.update",
                          lambda: self.authn.user.profile.update(profile={"nickname": "joey"}, id=user_id),
                          m.UserProfileUpdateResult)
        self.check_user(edited, id=user_id, email=email, profile=profile, disabled=False)
        self.ok(f"profile={edited.profile}")

        # 5. user.list, with a filter, order, order_by and size
        listed = self.run(
            "user.list",
            lambda: self.authn.user.list(
                filter={"email__contains": [f"py-sdk-{tag}"]},
                order=m.ItemOrder.DESC,
                order_by=m.UserListOrderBy.CREATED_AT,
                size=5,
            ),
            m.UserListResult,
        )
        self.expect(isinstance(listed.users, list), f"result.users is {listed.users!r}")
        self.equal("result.count", listed.count, 1)
        self.equal("len(result.users)", len(listed.users), 1)
        self.expect(isinstance(listed.users[0], m.User), f"result.users[0] is {type(listed.users[0]).__name__}")
        self.check_user(listed.users[0], id=user_id, email=email, profile=profile, disabled=False)
        self.expect(listed.last is None or isinstance(listed.last, str), f"result.last is {listed.last!r}")
        # And paging: both users, one per page, newest first, through `last`.
        self.call = "user.list (paged)"
        both = {"email__contains": [tag]}
        page1 = self.run(self.call, lambda: self.authn.user.list(filter=both, order=m.ItemOrder.DESC,
                                                                 order_by=m.UserListOrderBy.CREATED_AT, size=1),
                         m.UserListResult)
        self.equal("page 1 result.count", page1.count, 2)
        self.equal("page 1 ids", [u.id for u in page1.users], [other.id])
        self.expect(isinstance(page1.last, str) and page1.last != "", f"page 1 result.last is {page1.last!r}")
        page2 = self.run(self.call, lambda: self.authn.user.list(filter=both, order=m.ItemOrder.DESC,
                                                                 order_by=m.UserListOrderBy.CREATED_AT, size=1,
                                                                 last=page1.last),
                         m.UserListResult)
        self.equal("page 2 ids", [u.id for u in page2.users], [user_id])
        self.call = "user.list"
        self.ok(f"count={listed.count} users=[{listed.users[0].email}]; paged: {page1.count} users, 1 per page")

        # 6. user.authenticators.list, after enrolling a TOTP authenticator via the admin route
        added = self.admin("/_emulator/authenticators", {"email": email, "type": "totp"})
        self.expect(isinstance(added.get("id"), str), f"admin result has no id: {added!r}")
        authenticators = self.run("user.authenticators.list", lambda: self.authn.user.authenticators.list(id=user_id),
                                  m.UserAuthenticatorsListResult)
        self.equal("len(result.authenticators)", len(authenticators.authenticators), 1)
        first = authenticators.authenticators[0]
        self.expect(isinstance(first, m.Authenticator), f"result.authenticators[0] is {type(first).__name__}")
        self.equal("result.authenticators[0].id", first.id, added["id"])
        self.equal("result.authenticators[0].type", first.type, "totp")
        self.equal("result.authenticators[0].enabled", first.enabled, True)
        self.expect(bool(first.created_at) and bool(first.updated_at), "created_at/updated_at missing")
        self.ok(f"authenticators[0]: id={first.id} type={first.type}")

        # 7. user.authenticators.delete
        self.run("user.authenticators.delete",
                 lambda: self.authn.user.authenticators.delete(authenticator_id=first.id, email=email), None)
        self.call = "user.authenticators.delete"
        after = self.authn.user.authenticators.list(email=email)
        self.response = after
        self.equal("authenticators after delete", after.result.authenticators if after.result else None, [])
        self.ok("deleted; none left")

        # 8. client.userinfo, with a password set and a login code minted via the admin routes
        self.admin("/_emulator/password", {"email": email, "password": password})
        code = self.admin("/_emulator/login-code", {"email": email}).get("code")
        self.expect(isinstance(code, str) and code.startswith("pmc_"), f"login code is {code!r}")
        info = self.run("client.userinfo", lambda: self.authn.client.userinfo(code=code), m.ClientUserinfoResult)
        active, refresh = info.active_token, info.refresh_token
        self.expect(isinstance(active, m.LoginToken), f"result.active_token is {active!r}")
        self.expect(isinstance(refresh, m.LoginToken), f"result.refresh_token is {refresh!r}")
        assert active is not None
        for name, token in (("active_token", active), ("refresh_token", refresh)):
            self.expect(isinstance(token.token, str) and token.token != "", f"result.{name}.token is empty")
            self.expect(token.id.startswith("pmt_"), f"result.{name}.id is {token.id!r}")
            self.equal(f"result.{name}.identity", token.identity, user_id)
            self.equal(f"result.{name}.email", token.email, email)
            self.equal(f"result.{name}.profile", token.profile, profile)
            self.expect(token.life > 0, f"result.{name}.life is {token.life!r}")
            self.expect(bool(token.expire) and bool(token.created_at), f"result.{name}.expire/created_at missing")
        self.equal("result.active_token.type", active.type, "user")
        self.equal("result.refresh_token.type", refresh.type, "session")
        self.expect(active.token != refresh.token, "active and refresh tokens are the same")
        self.ok(f"active_token={active.token[:8]}... refresh_token={refresh.token[:8]}...")

        # 9. client.password.change, with the active token
        self.run(
            "client.password.change",
            lambda: self.authn.client.password.change(token=active.token, old_password=password,
                                                      new_password=new_password),
            None,
        )
        # The new password is now the current one: changing from the old one fails.
        self.call = "client.password.change (old password again)"
        try:
            again = self.authn.client.password.change(token=active.token, old_password=password,
                                                      new_password="whatever")
            self.response = again
            self.fail("the old password still works")
        except PangeaAPIException as e:
            self.response = e.response
            self.expect(e.response.status != "Success", "the old password still works")
        self.call = "client.password.change"
        self.ok("changed; the old password no longer works")

        # -- the thirteen session, token, invite and password-expiry calls ---------------------
        self.check_sessions(user_id, email, profile, active, refresh)
        self.check_invites_and_expiry(user_id, email, tag)

        # 10. user.delete
        self.run("user.delete", lambda: self.authn.user.delete(id=user_id), None)
        self.call = "user.delete"
        try:
            after_delete = self.authn.user.profile.get(id=user_id)
            self.response = after_delete
            self.fail("the user is still there")
        except PangeaAPIException as e:
            self.response = e.response
            self.equal("profile.get status after delete", e.response.status, "UserNotFound")
        self.ok(f"deleted {user_id}; profile.get now says UserNotFound")

        self.call = "user.delete (second user)"
        self.run(self.call, lambda: self.authn.user.delete(email=other_email), None)
        self.ok(f"deleted {other.id}")


    def refused(self, call: str, thunk: Callable[[], PangeaResponse], status: str) -> None:
        """Makes one SDK call that must be refused with `status` (HTTP 200, as AuthN does)."""
        self.call = call
        self.response = None
        try:
            response = thunk()
            self.response = response
            self.fail(f"succeeded; want {status}")
        except PangeaAPIException as e:
            self.response = e.response
            self.equal("response.status", e.response.status, status)
            self.equal("HTTP status", e.response.http_status, 200)

    def check_token_info(self, info: Any, *, id: str, type: str, user_id: str, email: str,
                         profile: dict[str, str]) -> None:
        self.equal("result.id", info.id, id)
        self.equal("result.type", str(getattr(info.type, "value", info.type)), type)
        self.equal("result.identity", info.identity, user_id)
        self.equal("result.email", info.email, email)
        self.equal("result.profile", info.profile, profile)
        self.expect(info.life > 0, f"result.life is {info.life!r}")
        self.expect(bool(info.expire) and bool(info.created_at), "result.expire/created_at missing")

    def login(self, email: str) -> m.ClientUserinfoResult:
        code = self.admin("/_emulator/login-code", {"email": email}).get("code")
        self.expect(isinstance(code, str), f"login code is {code!r}")
        return self.run("client.userinfo", lambda: self.authn.client.userinfo(code=code), m.ClientUserinfoResult)

    def check_sessions(self, user_id: str, email: str, profile: dict[str, str], active: m.LoginToken,
                       refresh: m.LoginToken) -> None:
        # client.token_endpoints.check: the live active token's information.
        info = self.run("client.token_endpoints.check",
                        lambda: self.authn.client.token_endpoints.check(token=active.token),
                        m.ClientTokenCheckResult)
        self.check_token_info(info, id=active.id, type="user", user_id=user_id, email=email, profile=profile)
        self.equal("result.enabled", info.enabled, True)
        self.ok(f"id={info.id} type=user")

        # client.session.list: the user's one session, with its active token.
        own = self.run("client.session.list",
                       lambda: self.authn.client.session.list(token=active.token, size=10),
                       m.ClientSessionListResults)
        self.equal("session ids", [s.id for s in own.sessions], [refresh.id])
        self.expect(isinstance(own.sessions[0], m.SessionItem), f"sessions[0] is {type(own.sessions[0]).__name__}")
        self.equal("sessions[0].type", own.sessions[0].type, "session")
        self.equal("sessions[0].active_token.id", own.sessions[0].active_token.id, active.id)
        self.equal("result.last", own.last, "")
        self.ok(f"1 session: {refresh.id}")

        # client.session.refresh: new tokens; the old refresh token is spent.
        renewed = self.run("client.session.refresh",
                           lambda: self.authn.client.session.refresh(refresh_token=refresh.token,
                                                                     user_token=active.token),
                           m.ClientSessionRefreshResult)
        self.expect(isinstance(renewed.refresh_token, m.LoginToken), "result.refresh_token is not a LoginToken")
        self.expect(isinstance(renewed.active_token, m.LoginToken), "result.active_token is not a LoginToken")
        assert renewed.active_token is not None
        self.equal("result.refresh_token.id (the session's)", renewed.refresh_token.id, refresh.id)
        self.expect(renewed.refresh_token.token != refresh.token, "the refresh token did not change")
        self.expect(renewed.active_token.token != active.token, "the active token did not change")
        self.refused("client.session.refresh (the spent token)",
                     lambda: self.authn.client.session.refresh(refresh_token=refresh.token), "CantRefreshToken")
        self.refused("client.token_endpoints.check (the old active token)",
                     lambda: self.authn.client.token_endpoints.check(token=active.token), "InvalidToken")
        self.call = "client.session.refresh"
        self.ok("new tokens; the old refresh token is CantRefreshToken")
        active = renewed.active_token

        # session.list: every session, filtered and ordered.
        second = self.login(email)
        assert second.active_token is not None
        listed = self.run("session.list",
                          lambda: self.authn.session.list(filter={"identity": user_id}, order=m.ItemOrder.ASC,
                                                          order_by=m.SessionListOrderBy.CREATED_AT, size=10),
                          m.SessionListResults)
        self.equal("session ids", [s.id for s in listed.sessions], [refresh.id, second.refresh_token.id])
        self.equal("result.last", listed.last, "")
        # And paging, one per page, through `last`.
        page1 = self.run("session.list (paged)",
                         lambda: self.authn.session.list(filter={"email": email}, size=1), m.SessionListResults)
        self.expect(page1.last != "", "page 1 has no cursor")
        page2 = self.run("session.list (paged)",
                         lambda: self.authn.session.list(filter={"email": email}, size=1, last=page1.last),
                         m.SessionListResults)
        self.equal("paged ids", [s.id for s in page1.sessions + page2.sessions],
                   [refresh.id, second.refresh_token.id])
        self.equal("page 2 result.last", page2.last, "")
        self.call = "session.list"
        self.ok("2 sessions, in order and one per page")

        # client.session.invalidate: another session of the same user.
        self.run("client.session.invalidate",
                 lambda: self.authn.client.session.invalidate(token=active.token,
                                                              session_id=second.refresh_token.id), None)
        self.refused("client.token_endpoints.check (the invalidated session's token)",
                     lambda: self.authn.client.token_endpoints.check(token=second.active_token.token),
                     "InvalidToken")
        self.call = "client.session.invalidate"
        self.ok(f"ended {second.refresh_token.id}")

        # session.invalidate: any session, by id.
        third = self.login(email)
        assert third.active_token is not None
        self.run("session.invalidate", lambda: self.authn.session.invalidate(session_id=third.refresh_token.id), None)
        self.refused("session.invalidate (again)",
                     lambda: self.authn.session.invalidate(session_id=third.refresh_token.id), "SessionNotFound")
        self.call = "session.invalidate"
        self.ok(f"ended {third.refresh_token.id}")

        # client.session.logout: the token's own session.
        self.run("client.session.logout", lambda: self.authn.client.session.logout(token=active.token), None)
        self.refused("client.token_endpoints.check (after logout)",
                     lambda: self.authn.client.token_endpoints.check(token=active.token), "InvalidToken")
        self.call = "client.session.logout"
        self.ok("the session ended")

        # client.jwks, and a JWT active token checked like a ptu_ one.
        keys = self.run("client.jwks", lambda: self.authn.client.jwks(), m.ClientJWKSResult)
        self.equal("len(result.keys)", len(keys.keys), 1)
        key = keys.keys[0]
        for field, want in (("kty", "EC"), ("alg", "ES256"), ("crv", "P-256")):
            self.equal(f"keys[0].{field}", getattr(key, field, None), want)
        self.expect(bool(getattr(key, "x", None)) and bool(getattr(key, "y", None)), "keys[0] has no x or y")
        self.admin("/_emulator/tokens", {"jwt": True})
        jwt_login = self.login(email)
        assert jwt_login.active_token is not None
        jwt = jwt_login.active_token.token
        self.expect(jwt.count(".") == 2, "the active token is not a JWT")
        info = self.run("client.token_endpoints.check (JWT)",
                        lambda: self.authn.client.token_endpoints.check(token=jwt), m.ClientTokenCheckResult)
        self.check_token_info(info, id=jwt_login.active_token.id, type="user", user_id=user_id, email=email,
                              profile=profile)
        self.admin("/_emulator/tokens", {"jwt": False})
        self.call = "client.jwks"
        self.ok(f"kid={getattr(key, 'kid', None)}; a JWT active token checks")

        # session.logout: every session of the user.
        fourth = self.login(email)
        assert fourth.active_token is not None
        self.run("session.logout", lambda: self.authn.session.logout(user_id=user_id), None)
        for token in (jwt, fourth.active_token.token):
            self.refused("client.token_endpoints.check (after session.logout)",
                         lambda: self.authn.client.token_endpoints.check(token=token), "InvalidToken")
        empty = self.run("session.list (after session.logout)",
                         lambda: self.authn.session.list(filter={"identity": user_id}), m.SessionListResults)
        self.equal("sessions left", empty.sessions, [])
        self.call = "session.logout"
        self.ok("no session left")

    def check_invites_and_expiry(self, user_id: str, email: str, tag: str) -> None:
        invitee = f"py-invitee-{tag}@example.com"
        callback, state = "https://www.myserver.com/callback", f"C8VTNjY2icUMeiDHFHUxBwi{tag}"
        invite = self.run("user.invite",
                          lambda: self.authn.user.invite(inviter=email, email=invitee, callback=callback, state=state),
                          m.UserInviteResult)
        self.expect(invite.id.startswith("pmi_"), f"result.id is {invite.id!r}")
        self.equal("result.inviter", invite.inviter, email)
        self.equal("result.email", invite.email, invitee)
        self.equal("result.callback", invite.callback, callback)
        self.equal("result.state", invite.state, state)
        self.equal("result.invite_org", invite.invite_org, "")
        self.equal("result.require_mfa", invite.require_mfa, False)
        self.expect(bool(invite.created_at) and bool(invite.expire), "result.created_at/expire missing")
        self.refused("user.invite (an existing user's email)",
                     lambda: self.authn.user.invite(inviter=email, email=email, callback=callback, state=state),
                     "UserExists")
        self.call = "user.invite"
        self.ok(f"id={invite.id}")

        invites = self.run("user.invites.list",
                           lambda: self.authn.user.invites.list(filter={"email": invitee}, order=m.ItemOrder.DESC,
                                                                size=5),
                           m.UserInviteListResult)
        self.equal("invite ids", [i.id for i in invites.invites], [invite.id])
        self.expect(isinstance(invites.invites[0], m.UserInvite), "invites[0] is not a UserInvite")
        self.equal("invites[0]", invites.invites[0].model_dump(), invite.model_dump())
        self.ok("1 invite")

        self.run("user.invites.delete", lambda: self.authn.user.invites.delete(id=invite.id), None)
        self.refused("user.invites.delete (again)", lambda: self.authn.user.invites.delete(id=invite.id),
                     "InviteNotFound")
        left = self.run("user.invites.list (after delete)",
                        lambda: self.authn.user.invites.list(filter={"email": invitee}), m.UserInviteListResult)
        self.equal("invites left", left.invites, [])
        self.call = "user.invites.delete"
        self.ok("deleted; none left")

        # client.password.expire: the next login is refused until the password changes.
        self.run("client.password.expire", lambda: self.authn.client.password.expire(user_id), None)
        code = self.admin("/_emulator/login-code", {"email": email}).get("code")
        self.refused("client.userinfo (expired password)", lambda: self.authn.client.userinfo(code=code),
                     "PasswordExpired")
        self.admin("/_emulator/password", {"email": email, "password": "My3r+Password"})
        self.login(email)
        self.call = "client.password.expire"
        self.ok("the next login was PasswordExpired until the password was set")


def main(argv: list[str]) -> int:
    base_url = argv[1] if len(argv) > 1 else os.environ.get("AUTHN_EMULATOR_URL")
    token = argv[2] if len(argv) > 2 else os.environ.get("AUTHN_EMULATOR_TOKEN")
    if not base_url or not token:
        print("usage: check_python_sdk.py BASE_URL TOKEN  (or AUTHN_EMULATOR_URL and AUTHN_EMULATOR_TOKEN)",
              file=sys.stderr)
        return 2
    print(f"pangea-sdk {pangea.__version__} against {base_url}", flush=True)
    checker = Checker(base_url, token)
    try:
        checker.check_all()
    except CheckFailed as e:
        print(f"FAIL {e.call}: {e.problem}", file=sys.stderr)
        if e.response is not None:
            print(f"response:\n{describe(e.response)}", file=sys.stderr)
        return 1
    print("all ten user calls and the thirteen session, token, invite and password-expiry calls "
          "succeeded and decoded, one after a retry and one after polling", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
