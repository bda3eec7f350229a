"""Schemathesis hooks for the run against authn-emulator (`run.sh` loads them).

One rule of the lists (`user/list`, `session/list`, `client/session/list`, `user/invite/list`)
cannot be written in a schema: `last` is an opaque cursor, valid only
when a previous page returned it. A schema-valid but invented cursor is refused (HTTP 400
`ValidationError` at `/last`), as the real service refuses one, so positive cases with an
invented `last` are not generated. Negative cases keep theirs (a `last` that is not a string
must still be refused), and the emulator's own tests page with real cursors.
"""

from __future__ import annotations

import schemathesis

LISTS = {"/v2/user/list", "/v2/session/list", "/v2/client/session/list", "/v2/user/invite/list"}


@schemathesis.hook
def filter_case(context, case):  # type: ignore[no-untyped-def]
    if case.operation.path not in LISTS or not isinstance(case.body, dict) or "last" not in case.body:
        return True
    meta = case.meta
    return meta is not None and not meta.generation.mode.is_positive
