# GovGraph: one image, one executable (`govgraph`); docker-compose runs it as `worker` and `serve` beside Neo4j.
# Build:  docker build -t govgraph .
# Run:    docker run --rm -p 5000:5000 -v govgraph-data:/data -v govgraph-reviewed:/reviewed -v "$PWD/inbox:/inbox" govgraph run

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a source change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/GovGraph.Core/GovGraph.Core.csproj src/GovGraph.Core/
COPY src/GovGraph.Sqlite/GovGraph.Sqlite.csproj src/GovGraph.Sqlite/
COPY src/GovGraph.Neo4j/GovGraph.Neo4j.csproj src/GovGraph.Neo4j/
COPY src/GovGraph.Service/GovGraph.Service.csproj src/GovGraph.Service/
RUN dotnet restore src/GovGraph.Service/GovGraph.Service.csproj
# The service's build bundles the web explorer with esbuild from the npm packages pinned in package-lock.json.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY explorer/ explorer/
COPY src/ src/
COPY graph-schema/ graph-schema/
RUN dotnet publish src/GovGraph.Service/GovGraph.Service.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite file (when GovGraph:Store is sqlite), the watched inbox and the analysts' candidate decisions live on
# volumes, not in the image; each is created here owned by the non-root user, so a new volume starts writable.
ENV GOVGRAPH_DB=/data/govgraph.db \
    GovGraph__Worker__Inbox=/inbox \
    GovGraph__CandidatesFile=/reviewed/candidates.yaml \
    ASPNETCORE_HTTP_PORTS=5000
RUN mkdir -p /data /inbox /reviewed && chown -R app:app /data /inbox /reviewed
USER app
VOLUME ["/data", "/inbox", "/reviewed"]
EXPOSE 5000
ENTRYPOINT ["dotnet", "govgraph.dll"]
CMD ["run"]
