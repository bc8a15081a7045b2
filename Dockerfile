FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY watcher ./watcher
COPY seeds ./seeds
RUN pip install --no-compile . && \
    useradd --system --uid 10001 --home /data watcher && \
    mkdir -p /data && chown watcher /data

COPY config ./config
USER watcher
VOLUME ["/data"]
EXPOSE 8787
ENTRYPOINT ["watcher"]
CMD ["run", "-c", "/app/config/watcher.docker.toml"]
