"""Results after launch in the web workshop: imported measurements per strategy, the upload
and the results page (the domain rules are in ``socialstrategy.core.results``)."""
