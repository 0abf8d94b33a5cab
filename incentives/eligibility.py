"""Whether an incentive applies to a project: the rules the finder, the cards and the site pages share.

A project is described by what the investor knows (size, sector, business function, territory, type
of investment, whether the site is inside the regional state-aid map); anything not given does not
narrow. An incentive restricts a dimension only when its list for it is not empty.

Sectors and business functions are compared by `translation_key`: an Italian incentive copied by
wagtail-localize may still point at the English sector it was copied from.
"""

from sectors.links import sectors_in_locale


def keys(related):
    """The translation keys of a prefetched many-to-many (sectors, business functions)."""
    return {item.translation_key for item in related.all()}


def applies(incentive, *, size=None, sector=None, function=None, territories=(), investment=None, in_aid_area=None):
    """True when nothing the project states rules the incentive out.

    sector and function are translation keys; territories the codes the project lies in (its
    province, ZLS, ZIS); in_aid_area is None when unknown.
    """
    if size and incentive.company_sizes and size not in incentive.company_sizes:
        return False
    if investment and incentive.investment_types and investment not in incentive.investment_types:
        return False
    if sector and (allowed := keys(incentive.sectors)) and sector not in allowed:
        return False
    if function and (allowed := keys(incentive.business_functions)) and function not in allowed:
        return False
    if territories and incentive.territories and not set(territories) & set(incentive.territories):
        return False
    return not (incentive.state_aid_area_only and in_aid_area is False)


def with_sector_names(incentives, locale_id):
    """The incentives, each with `sector_pages`: its sectors as live pages of this locale."""
    linked = {sector for incentive in incentives for sector in incentive.sectors.all()}
    by_key = {page.translation_key: page for page in sectors_in_locale(linked, locale_id)}
    for incentive in incentives:
        incentive.sector_pages = [by_key[key] for key in sorted(keys(incentive.sectors)) if key in by_key]
    return incentives
