# watcher in a container: the wheel installed into a clean image, run from /.
#   config   /config/watcher.toml   (mounted read-only; WATCHER_CONFIG points at it)
#   state    /data                  (the SQLite file; a volume)
#   secrets  environment variables, or NAME_FILE=/run/secrets/... files
# Build and run with docker-compose.yml (a persistent Mosquitto beside it).

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY watcher ./watcher
COPY seeds ./seeds
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    WATCHER_CONFIG=/config/watcher.toml
COPY --from=build /dist/ /tmp/dist/
RUN pip install --no-compile /tmp/dist/*.whl && rm -rf /tmp/dist && \
    useradd --system --uid 10001 --no-create-home --home-dir /data watcher && \
    mkdir -p /data /config && chown watcher /data
USER watcher
WORKDIR /
VOLUME ["/data"]
EXPOSE 8787
# /livez answers while the process and its event loop are alive (a broker outage or a
# failing feed is not a reason to restart the container).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request as u; sys.exit(u.urlopen('http://127.0.0.1:8787/livez', timeout=4).status != 200)"]
ENTRYPOINT ["watcher"]
CMD ["run"]
