# Varnish 7 in front of the site (docs/page-cache.md): it keeps what the site marks public
# (Cache-Control: public, s-maxage=...), never a visitor's own page, and forgets pages when Wagtail
# purges them (FRONTEND_CACHE_VARNISH_URL: PURGE for one URL, BAN with X-Ban-Everything for all).
#
#   varnishd -a :6081 -f /etc/varnish/default.vcl -s malloc,512m
#
# TLS ends before Varnish (nginx, HAProxy, a load balancer), which sets X-Forwarded-Proto; the site runs
# with TRUSTED_PROXY_COUNT counting every proxy that appends to X-Forwarded-For, Varnish included.
vcl 4.1;

# The site (gunicorn). .ci/services.sh starts Varnish with this port replaced by the tests' server.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 5s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app servers (their workers send the purges). Add their addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.http.X-Ban-Everything) {
            # On obj.http.x-url only, so the ban lurker can drop objects in the background.
            ban("obj.http.x-url ~ ^/");
            return (synth(200, "Banned"));
        }
        return (synth(400, "Nothing to ban"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A visitor's own state (a session: shortlist, sign-in, forms; messages) or credentials: always the site.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Other cookies (csrftoken, analytics) change no public page: look up without them. They still reach the
    # site on a miss, where pages with a form (a per-visitor CSRF token) come back private and are not kept.
    return (hash);
}

sub vcl_hash {
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    set beresp.http.x-url = bereq.url;
    # Kept only when the site says so: no Cache-Control, no caching (the built-in default would keep 120 s).
    if (!beresp.http.Cache-Control) {
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Lookups already exclude visitor state, so Vary: Cookie on a public page must not split it per cookie.
    if (beresp.http.Cache-Control ~ "public" && beresp.http.Vary) {
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*cookie\s*(?=,|$)", "");
        set beresp.http.Vary = regsub(beresp.http.Vary, "^,\s*", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
    }
    # Then the built-in rules: Set-Cookie, private, no-cache and no-store are never kept.
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
