"""The 400s of Wagtail's endpoints speak the client's language, in the API's own error shape."""

import pytest

# The folder's site (tests/api/conftest.py): its two languages make ?locale=it a locale that exists.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("full_site")]

BAD_QUERIES = {
    "/api/v2/pages/?offset=abc": "offset deve essere un numero intero positivo",
    "/api/v2/pages/?limit=-1": "limit deve essere un numero intero positivo",
    "/api/v2/pages/?limit=1000": "limit non può essere maggiore di 100",
    "/api/v2/pages/?fields=nonsense": "campi sconosciuti: nonsense",
    "/api/v2/pages/?type=home.NoSuchPage": "questo tipo non esiste",
    "/api/v2/pages/?colour=red": "non è un'operazione né un campo noto: colour",
    "/api/v2/pages/?order=nonsense": "impossibile ordinare per 'nonsense': campo sconosciuto",
    "/api/v2/pages/?child_of=x": "child_of deve essere un numero intero positivo",
    "/api/v2/pages/?child_of=999999": "la pagina indicata non esiste",
    "/api/v2/pages/?fields=title(x)": "'title' non ha campi annidati",
    "/api/v2/pages/?fields=,,": "il parametro fields non è valido",
    "/api/v2/images/?offset=-3": "offset deve essere un numero intero positivo",
    "/api/v2/documents/?order=random&offset=1": "l'ordine casuale non si combina con offset",
    "/api/v2/pages/?offset=99999999999": "offset non può essere maggiore di 1000000",
}


def error_of(response):
    assert response.status_code == 400, response.content
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["status"] == 400 and error["code"] == "invalid_query"
    return error["message"]


@pytest.mark.parametrize(("url", "italian"), BAD_QUERIES.items())
def test_an_italian_client_reads_why_its_query_was_refused_in_italian(client, url, italian):
    message = error_of(client.get(url, HTTP_ACCEPT_LANGUAGE="it"))
    assert italian in message


def test_locale_it_in_the_query_picks_italian_too(client):
    assert error_of(client.get("/api/v2/pages/?locale=it&offset=abc")) == "offset deve essere un numero intero positivo"


def test_english_stays_english(client):
    assert error_of(client.get("/api/v2/pages/?offset=abc", HTTP_ACCEPT_LANGUAGE="en")) == (
        "offset must be a positive integer"
    )
    assert error_of(client.get("/api/v2/pages/?fields=nonsense")) == "unknown fields: nonsense"


def test_a_missing_page_says_so_in_italian(client):
    response = client.get("/api/v2/pages/99999999/", HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 404
    assert response.json()["error"] == {
        "status": 404,
        "code": "not_found",
        "message": "A questo indirizzo non è stato trovato nulla.",
    }
