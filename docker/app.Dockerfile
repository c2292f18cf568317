# The product's runtime image: a JRE and the fonts the printed documents embed (Debian packages).
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-droid-fallback fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
